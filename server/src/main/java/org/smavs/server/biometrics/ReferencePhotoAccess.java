package org.smavs.server.biometrics;

import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Actor;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.persistence.Database;

/**
 * Who may see a student's enrolled reference photo: admins, and lecturers who teach the student (an
 * enrolment in one of their courses, or a record in one of their sessions). Anyone else gets 404, so
 * the photo's existence is not revealed, and the attempt is audited.
 */
public final class ReferencePhotoAccess {
    private final Database database;
    private final AuditLog audit;

    public ReferencePhotoAccess(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    public void check(Actor actor, long studentId) {
        if (actor.isAdmin()) {
            return;
        }
        long links = database.inTransaction(session -> session.createNativeQuery(
                        "SELECT (SELECT COUNT(*) FROM course_enrolments e JOIN courses c ON c.id = e.course_id "
                                + "WHERE e.student_id = :student AND c.lecturer_id = :lecturer) + "
                                + "(SELECT COUNT(*) FROM attendance_records r JOIN attendance_sessions s ON s.id = r.session_id "
                                + "WHERE r.student_id = :student AND s.lecturer_id = :lecturer)", Long.class)
                .setParameter("student", studentId).setParameter("lecturer", actor.userId()).getSingleResult());
        if (links == 0) {
            audit.record(actor, "access.denied", "reference_photo", studentId, null);
            throw new NotFoundException("No reference photo for student " + studentId);
        }
    }
}
