package org.smavs.server.session;

import org.hibernate.Session;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.model.admin.CourseRole;
import org.smavs.server.course.CourseStaff;
import org.smavs.server.course.CourseEntity;
import org.smavs.server.error.ForbiddenException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.error.NotFoundException;

/**
 * Who may do what with a session. Seeing it, its roster and flags, reviewing and marking by hand: admins, the
 * lecturer who created it and everyone who teaches its course (teaching assistants too). Changing or cancelling it
 * (the timetable): admins, its creator and the course's lecturers, not its teaching assistants. Anyone who may not
 * see it gets the same 404 as for an id that does not exist (so ids cannot be probed), and the attempt is audited;
 * a teaching assistant changing it gets 403 in words.
 */
public final class SessionAccess {
    private final AuditLog audit;
    private final CourseStaff staff;

    public SessionAccess(AuditLog audit, CourseStaff staff) {
        this.audit = audit;
        this.staff = staff;
    }

    public SessionEntity requireVisible(Session session, long sessionId, Actor actor) {
        SessionEntity entity = session.find(SessionEntity.class, sessionId);
        if (entity == null) {
            throw notFound(sessionId);
        }
        if (!isCreatorOrAdmin(entity, actor) && staff.roleOf(session, entity.getCourseId(), actor.userId()).isEmpty()) {
            // Its own transaction: the caller's is rolled back by the 404 that follows.
            audit.record(actor, "access.denied", "session", sessionId, "not on the session's course staff");
            throw notFound(sessionId);
        }
        return entity;
    }

    /** {@link #requireVisible}, and the actor may change the session (not a teaching assistant). */
    public SessionEntity requireManaged(Session session, long sessionId, Actor actor) {
        SessionEntity entity = requireVisible(session, sessionId, actor);
        if (!isCreatorOrAdmin(entity, actor)
                && (entity.getCourseId() == null || !isLecturerOf(session, entity.getCourseId(), actor))) {
            throw new ForbiddenException("Teaching assistants can review and mark attendance but not change or "
                    + "cancel sessions; ask one of the course's lecturers");
        }
        return entity;
    }

    /**
     * The actor may add sessions or weekly meetings to the course: admins and the course's lecturers (any lecturer
     * while the course has no lead). An archived course takes no new sessions.
     */
    public void requireCourseLecturer(Session session, long courseId, Actor actor) {
        CourseEntity course = requireCourseStaff(session, courseId, actor);
        if (course.isArchived()) {
            throw new RuleViolationException(course.getCode() + " is archived; an administrator can unarchive it to "
                    + "add sessions");
        }
        if (!actor.isAdmin() && course.getLecturerId() != null && !isLecturerOf(session, courseId, actor)) {
            throw new ForbiddenException("Teaching assistants cannot add sessions or change the timetable; ask one of "
                    + "the course's lecturers");
        }
    }

    /** The actor teaches the course in any part, or is an admin; another lecturer's course reads as missing. */
    public CourseEntity requireCourseStaff(Session session, long courseId, Actor actor) {
        CourseEntity course = session.find(CourseEntity.class, courseId);
        if (course == null) {
            throw ValidationException.field("course_id", "no course with this id");
        }
        if (!actor.isAdmin() && course.getLecturerId() != null
                && staff.roleOf(session, courseId, actor.userId()).isEmpty()) {
            throw ValidationException.field("course_id", "is not one of your courses");
        }
        return course;
    }

    /** The actor is one of the course's lecturers (lead or co-lecturer), not a teaching assistant. */
    public boolean isLecturerOf(Session session, long courseId, Actor actor) {
        return staff.roleOf(session, courseId, actor.userId()).orElse(null) == CourseRole.LECTURER;
    }

    private static boolean isCreatorOrAdmin(SessionEntity entity, Actor actor) {
        return actor.isAdmin() || actor.userId() != null && actor.userId() == entity.getLecturerId();
    }

    private static NotFoundException notFound(long sessionId) {
        return new NotFoundException("No session with id " + sessionId);
    }
}
