package org.smavs.model.session;

import java.time.OffsetDateTime;

/**
 * PATCH /lecturers/sessions/{id}: any field left null is unchanged. The title can change any time; the start,
 * length and room only while the session has not started (a moved session keeps its code).
 */
public record UpdateSessionRequest(String title, OffsetDateTime startsAt, Integer durationMinutes, Long roomId) {
}
