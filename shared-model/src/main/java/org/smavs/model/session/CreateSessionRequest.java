package org.smavs.model.session;

import java.time.OffsetDateTime;

/** POST /lecturers/sessions. Only {@code title} and {@code durationMinutes} are required. */
public record CreateSessionRequest(String title, Long courseId, Integer durationMinutes, Double latitude,
                                   Double longitude, Double radiusM, String code, Boolean requireFace,
                                   Long roomId, OffsetDateTime startsAt) {
    public static CreateSessionRequest simple(String title, int durationMinutes) {
        return new CreateSessionRequest(title, null, durationMinutes, null, null, null, null, false, null, null);
    }
}
