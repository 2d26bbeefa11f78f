package org.smavs.model.admin;

public record ImportLineError(int line, String message) {
}
