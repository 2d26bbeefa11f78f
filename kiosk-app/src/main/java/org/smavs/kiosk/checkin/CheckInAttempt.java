package org.smavs.kiosk.checkin;

import org.smavs.model.kiosk.Challenge;

/**
 * A check-in between identification and the burst. {@code checkinId} is null for an offline attempt, whose
 * challenge was picked by the kiosk (the server re-checks the frames when they arrive).
 */
public record CheckInAttempt(Long checkinId, Challenge challenge, String studentName, StudentIdentity identity,
                             long sessionId) {
    public boolean offline() {
        return checkinId == null;
    }
}
