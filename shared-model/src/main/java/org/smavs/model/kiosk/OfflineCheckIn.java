package org.smavs.model.kiosk;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One check-in captured while the server was unreachable. {@code frames} are base64 JPEGs;
 * {@code idempotencyKey} makes a re-sent item a no-op.
 */
public record OfflineCheckIn(String idempotencyKey, String studentPass, String studentNumber, String pin,
                             long sessionId, OffsetDateTime capturedAt, List<String> frames) {
    public OfflineCheckIn {
        frames = frames == null ? List.of() : List.copyOf(frames);
    }
}
