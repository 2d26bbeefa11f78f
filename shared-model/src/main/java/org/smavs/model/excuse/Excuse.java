package org.smavs.model.excuse;

import java.time.OffsetDateTime;

/**
 * A student's explanation of an absence. {@code status}: pending, approved or rejected; approval makes the
 * session's record {@code excused}. {@code studentName}/{@code sessionTitle} help the lecturer's queue (null in the
 * student's own list is never the case: both are always filled).
 */
public record Excuse(long id, long sessionId, long studentId, String reason, boolean hasEvidence, ExcuseStatus status,
                     Long decidedBy, OffsetDateTime decidedAt, String note, OffsetDateTime createdAt,
                     String studentName, String sessionTitle) {
}
