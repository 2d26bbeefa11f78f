package org.smavs.server.roster;

import java.util.List;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.session.SessionStudent;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionEntity;

/**
 * Who belongs in a session: the students enrolled in its course, plus anyone who already has a record
 * (e.g. a guest marked by hand), each with their current status. Lecturers need it to mark by hand.
 */
public final class SessionStudents {
    private final Database database;
    private final SessionAccess access;

    public SessionStudents(Database database, SessionAccess access) {
        this.database = database;
        this.access = access;
    }

    public List<SessionStudent> of(long sessionId, Actor actor) {
        return database.inTransaction(session -> {
            SessionEntity target = access.requireVisible(session, sessionId, actor);
            List<Object[]> rows = session.createNativeQuery(
                            "SELECT u.id, u.full_name, u.student_number, r.status FROM users u "
                                    + "LEFT JOIN attendance_records r ON r.student_id = u.id AND r.session_id = :session "
                                    + "WHERE u.id IN (SELECT e.student_id FROM course_enrolments e WHERE e.course_id = :course) "
                                    + "OR r.id IS NOT NULL ORDER BY u.full_name", Object[].class)
                    .setParameter("session", sessionId)
                    .setParameter("course", target.getCourseId() == null ? -1L : target.getCourseId())
                    .getResultList();
            return rows.stream().map(row -> new SessionStudent(((Number) row[0]).longValue(), (String) row[1],
                    (String) row[2], row[3] == null ? null : AttendanceStatus.valueOf((String) row[3]))).toList();
        });
    }
}
