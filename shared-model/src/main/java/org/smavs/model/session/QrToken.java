package org.smavs.model.session;

import java.time.OffsetDateTime;

/** The current rotating QR token of a session, with the typed code for phones. */
public record QrToken(String qrToken, OffsetDateTime expiresAt, int rotationSeconds, String code) {
}
