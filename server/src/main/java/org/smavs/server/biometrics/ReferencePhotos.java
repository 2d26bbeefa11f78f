package org.smavs.server.biometrics;

import org.smavs.server.audit.AuditLog;
import org.smavs.server.course.CourseStaff;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.storage.BlobStore;

/**
 * A student's enrolled reference photo, for the lecturer's review beside a selfie. Who may see it: admins,
 * and lecturers who teach the student: an enrolment in one of their courses, or the student's own check-in
 * (not a hand-made record, which a lecturer could create at will) in one of their sessions. Anyone else gets
 * 404, so the photo's existence is not revealed, and the attempt is audited.
 */
public final class ReferencePhotos {
    private final Database database;
    private final FaceTemplates templates;
    private final BlobStore blobs;
    private final AuditLog audit;

    public ReferencePhotos(Database database, FaceTemplates templates, BlobStore blobs, AuditLog audit) {
        this.database = database;
        this.templates = templates;
        this.blobs = blobs;
        this.audit = audit;
    }

    public byte[] read(Actor actor, long studentId) {
        requireAccess(actor, studentId);
        String key = database.inTransaction(session -> {
            FaceTemplateEntity template = templates.find(session, studentId);
            return template == null ? null : template.getReferenceKey();
        });
        if (key == null) {
            throw new NotFoundException("This student has no enrolled reference photo");
        }
        return blobs.get(key);
    }

    private void requireAccess(Actor actor, long studentId) {
        if (actor.isAdmin()) {
            return;
        }
        long links = database.inTransaction(session -> session.createNativeQuery(
                        "SELECT (SELECT COUNT(*) FROM course_enrolments e WHERE e.student_id = :student AND "
                                + CourseStaff.teaches("e.course_id") + ") + "
                                + "(SELECT COUNT(*) FROM attendance_records r JOIN attendance_sessions s ON s.id = r.session_id "
                                + "WHERE r.student_id = :student AND (s.lecturer_id = :staff OR "
                                + CourseStaff.teaches("s.course_id") + ") AND r.source <> 'MANUAL')", Long.class)
                .setParameter("student", studentId).setParameter("staff", actor.userId()).getSingleResult());
        if (links == 0) {
            audit.record(actor, "access.denied", "reference_photo", studentId, null);
            throw new NotFoundException("No reference photo for student " + studentId);
        }
    }
}
