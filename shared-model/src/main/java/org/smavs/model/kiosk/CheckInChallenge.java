package org.smavs.model.kiosk;

import java.time.OffsetDateTime;

public record CheckInChallenge(long checkinId, Challenge challenge, OffsetDateTime expiresAt, String studentName) {
}
