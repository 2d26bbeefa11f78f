package org.smavs.server.session;

import java.time.Instant;
import org.hibernate.Session;

/**
 * When a session has ended, every student enrolled in its course without a record gets an {@code absent}
 * record, once. Runs when a session is closed or expired, and lazily when an ended session is read (a
 * session that simply ran out of time has nobody to close it).
 */
public final class AbsenteeMarker {

    /** Marks absentees if the session has ended and it has not been done yet; returns how many were marked. */
    public int markIfEnded(Session session, SessionEntity entity, Instant now) {
        if (entity.isAbsenteesMarked() || !SessionStatusPolicy.hasEnded(entity.statusAt(now))) {
            return 0;
        }
        session.flush();
        // The conditional update takes the row lock, so of two concurrent readers exactly one inserts.
        int claimed = session.createNativeMutationQuery("UPDATE attendance_sessions SET absentees_marked = TRUE "
                        + "WHERE id = :id AND absentees_marked = FALSE")
                .setParameter("id", entity.getId()).executeUpdate();
        if (claimed == 0) {
            return 0;
        }
        entity.setAbsenteesMarked(true);
        if (entity.getCourseId() == null) {
            return 0;
        }
        return session.createNativeMutationQuery("INSERT INTO attendance_records (session_id, student_id, status, flags, "
                        + "risk_score, source, submitted_at, review_note) SELECT :sid, e.student_id, 'ABSENT', '', 0, "
                        + "'MANUAL', :now, 'No check-in before the session ended' FROM course_enrolments e "
                        + "WHERE e.course_id = :course AND NOT EXISTS (SELECT 1 FROM attendance_records r "
                        + "WHERE r.session_id = :sid AND r.student_id = e.student_id)")
                .setParameter("sid", entity.getId()).setParameter("now", now)
                .setParameter("course", entity.getCourseId()).executeUpdate();
    }
}
