package org.smavs.server.attendance;

import java.time.ZoneOffset;
import org.smavs.model.attendance.AttendanceRecord;

/** Maps a record row to the API's {@link AttendanceRecord}; never exposes keys, coordinates or embeddings. */
public final class AttendanceMapper {

    public AttendanceRecord toModel(AttendanceRecordEntity e) {
        return toModel(e, null, null);
    }

    public AttendanceRecord toModel(AttendanceRecordEntity e, String studentName, String studentNumber) {
        return new AttendanceRecord(e.getId(), e.getSessionId(), e.getStudentId(), e.getStatus(), e.flagList(),
                e.getRiskScore(), e.getSimilarity(), e.getLivenessScore(), e.getDistanceM(), e.getWithinGeofence(),
                e.getSource(), e.getSubmittedAt().atOffset(ZoneOffset.UTC), e.getReviewedBy(),
                e.getReviewedAt() == null ? null : e.getReviewedAt().atOffset(ZoneOffset.UTC), e.getReviewNote(),
                studentName, studentNumber);
    }
}
