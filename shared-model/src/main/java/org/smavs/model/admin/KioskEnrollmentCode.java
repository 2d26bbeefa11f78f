package org.smavs.model.admin;

import java.time.OffsetDateTime;

/** The one-time code an admin types into a new kiosk. */
public record KioskEnrollmentCode(Kiosk kiosk, String enrollmentCode, OffsetDateTime expiresAt) {
}
