package org.smavs.server.course;

import org.hibernate.Session;

/** Enrolment rows (course ↔ student), written with plain SQL: the pair is the whole row. */
public final class CourseEnrolments {

    /** Enrols the student in the course with {@code courseCode}; false if there is no such course. */
    public boolean enrolByCode(Session session, String courseCode, long studentId) {
        Long courseId = session.createNativeQuery("SELECT id FROM courses WHERE code = :code", Long.class)
                .setParameter("code", courseCode).getSingleResultOrNull();
        if (courseId == null) {
            throw new org.smavs.server.error.RuleViolationException("No course with code '" + courseCode + "'");
        }
        enrol(session, courseId, studentId);
        return true;
    }

    public void enrol(Session session, long courseId, long studentId) {
        session.createNativeMutationQuery("INSERT INTO course_enrolments (course_id, student_id) SELECT :course, :student "
                        + "WHERE NOT EXISTS (SELECT 1 FROM course_enrolments WHERE course_id = :course AND student_id = :student)")
                .setParameter("course", courseId).setParameter("student", studentId).executeUpdate();
    }

    /** False when the student was not enrolled. */
    public boolean unenrol(Session session, long courseId, long studentId) {
        return session.createNativeMutationQuery("DELETE FROM course_enrolments WHERE course_id = :course AND "
                + "student_id = :student").setParameter("course", courseId).setParameter("student", studentId)
                .executeUpdate() > 0;
    }

    public boolean isEnrolled(Session session, long courseId, long studentId) {
        return session.createNativeQuery("SELECT COUNT(*) FROM course_enrolments WHERE course_id = :course "
                        + "AND student_id = :student", Long.class)
                .setParameter("course", courseId).setParameter("student", studentId).getSingleResult() > 0;
    }

    public long countEnrolled(Session session, long courseId) {
        return session.createNativeQuery("SELECT COUNT(*) FROM course_enrolments WHERE course_id = :course", Long.class)
                .setParameter("course", courseId).getSingleResult();
    }
}
