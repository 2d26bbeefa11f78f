package org.smavs.model.device;

import java.time.OffsetDateTime;

/** A short-lived signed pass the mobile app shows as a QR at a kiosk. */
public record CheckinPass(String pass, OffsetDateTime expiresAt) {
}
