package org.smavs.kiosk.queue;

import java.time.OffsetDateTime;
import org.smavs.model.error.ErrorCodes;

/**
 * A queued check-in the server refused for good when it arrived (wrong PIN, class not running at the capture time,
 * ...). It has left the queue; the kiosk keeps this much so staff can see that something needs the lecturer.
 * {@code studentNumber} is null for a phone-pass check-in.
 */
public record RefusedCheckIn(String idempotencyKey, OffsetDateTime capturedAt, String studentNumber, long sessionId,
                             String errorCode, String reason) {

    /** False when the student was already checked in for the class (by phone, or live at a kiosk): nothing is lost. */
    public boolean needsLecturer() {
        return !ErrorCodes.ALREADY_SUBMITTED.equals(errorCode);
    }
}
