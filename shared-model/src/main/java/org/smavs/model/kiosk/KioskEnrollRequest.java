package org.smavs.model.kiosk;

public record KioskEnrollRequest(String enrollmentCode, String name) {
}
