package org.smavs.model.admin;

public record CreateKioskRequest(String name, Long roomId) {
}
