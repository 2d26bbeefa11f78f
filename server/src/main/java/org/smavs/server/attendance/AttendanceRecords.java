package org.smavs.server.attendance;

import org.hibernate.Session;

/** Look-ups of attendance records that several use cases share. */
public final class AttendanceRecords {

    /** The one record of a student in a session (UNIQUE in the schema), or null. */
    public AttendanceRecordEntity find(Session session, long sessionId, long studentId) {
        return session.createSelectionQuery(
                        "from AttendanceRecordEntity r where r.sessionId = :session and r.studentId = :student",
                        AttendanceRecordEntity.class)
                .setParameter("session", sessionId).setParameter("student", studentId).getSingleResultOrNull();
    }

    public boolean exists(Session session, long sessionId, long studentId) {
        return session.createSelectionQuery("select count(r) from AttendanceRecordEntity r where r.sessionId = :session "
                        + "and r.studentId = :student", Long.class)
                .setParameter("session", sessionId).setParameter("student", studentId).getSingleResult() > 0;
    }
}
