package org.smavs.server.attendance;

import java.time.ZoneOffset;
import org.hibernate.Session;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.server.user.UserEntity;

/** Maps a record row to the API's {@link AttendanceRecord}; never exposes keys, coordinates or embeddings. */
public final class AttendanceMapper {

    public AttendanceRecord toModel(AttendanceRecordEntity e) {
        return toModel(e, null, null);
    }

    /** With the student's name and number, as lecturers' views and live events show them. */
    public AttendanceRecord toModelWithStudent(Session session, AttendanceRecordEntity e) {
        UserEntity student = session.find(UserEntity.class, e.getStudentId());
        return toModel(e, student == null ? null : student.getFullName(), student == null ? null : student.getStudentNumber());
    }

    public AttendanceRecord toModel(AttendanceRecordEntity e, String studentName, String studentNumber) {
        return new AttendanceRecord(e.getId(), e.getSessionId(), e.getStudentId(), e.getStatus(), e.flagList(),
                e.getRiskScore(), e.getSimilarity(), e.getLivenessScore(), e.getDistanceM(), e.getWithinGeofence(),
                e.getSource(), e.getSubmittedAt().atOffset(ZoneOffset.UTC), e.getReviewedBy(),
                e.getReviewedAt() == null ? null : e.getReviewedAt().atOffset(ZoneOffset.UTC), e.getReviewNote(),
                studentName, studentNumber);
    }
}
