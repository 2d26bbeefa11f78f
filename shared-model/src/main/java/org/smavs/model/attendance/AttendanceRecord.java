package org.smavs.model.attendance;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One student's attendance in one session. {@code studentName}/{@code studentNumber} are filled on the
 * lecturer's roster views and null elsewhere; {@code sessionTitle}/{@code courseCode}/{@code startsAt} on the
 * student's own history (null elsewhere, and the course code for a session without a course).
 */
public record AttendanceRecord(long id, long sessionId, long studentId, AttendanceStatus status,
                               List<ReasonCode> flags, int riskScore, Double similarity, Double livenessScore,
                               Double distanceM, Boolean withinGeofence, AttendanceSource source,
                               OffsetDateTime submittedAt, Long reviewedBy, OffsetDateTime reviewedAt,
                               String reviewNote, String studentName, String studentNumber, String sessionTitle,
                               String courseCode, OffsetDateTime startsAt) {
    public AttendanceRecord {
        flags = flags == null ? List.of() : List.copyOf(flags);
    }

    public AttendanceRecord(long id, long sessionId, long studentId, AttendanceStatus status,
                            List<ReasonCode> flags, int riskScore, Double similarity, Double livenessScore,
                            Double distanceM, Boolean withinGeofence, AttendanceSource source,
                            OffsetDateTime submittedAt, Long reviewedBy, OffsetDateTime reviewedAt,
                            String reviewNote, String studentName, String studentNumber) {
        this(id, sessionId, studentId, status, flags, riskScore, similarity, livenessScore, distanceM, withinGeofence,
                source, submittedAt, reviewedBy, reviewedAt, reviewNote, studentName, studentNumber, null, null, null);
    }

    /** The same record with the session it belongs to, as the student's history shows it. */
    public AttendanceRecord withSession(String title, String course, OffsetDateTime start) {
        return new AttendanceRecord(id, sessionId, studentId, status, flags, riskScore, similarity, livenessScore,
                distanceM, withinGeofence, source, submittedAt, reviewedBy, reviewedAt, reviewNote, studentName,
                studentNumber, title, course, start);
    }
}
