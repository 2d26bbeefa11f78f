package org.smavs.model.attendance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One student's attendance in one session. {@code studentName}/{@code studentNumber} are filled on the
 * lecturer's roster views and null elsewhere.
 */
public record AttendanceRecord(long id, long sessionId, long studentId, AttendanceStatus status,
                               List<ReasonCode> flags, int riskScore, Double similarity, Double livenessScore,
                               Double distanceM, Boolean withinGeofence, AttendanceSource source,
                               OffsetDateTime submittedAt, Long reviewedBy, OffsetDateTime reviewedAt,
                               String reviewNote, String studentName, String studentNumber) {
    public AttendanceRecord {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }
}
