package org.smavs.server.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;

/** Courses and enrolments, managed by admins. */
public final class CourseService {
    private final Database database;
    private final CourseEnrolments enrolments;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    public CourseService(Database database, CourseEnrolments enrolments, UserRepository users, AuditLog audit, Clock clock) {
        this.database = database;
        this.enrolments = enrolments;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Course> list() {
        return database.inTransaction(session -> session.createSelectionQuery("from CourseEntity c order by c.code",
                CourseEntity.class).getResultList().stream().map(c -> toModel(session, c)).toList());
    }

    public Course create(CreateCourseRequest request, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        if (request.code() == null || !request.code().matches("[A-Za-z0-9._-]{2,64}")) {
            errors.add(new FieldError("code", "is required: 2 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (request.name() == null || !isValidName(request.name())) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(session -> {
            requireLecturer(session, request.lecturerId());
            boolean taken = session.createSelectionQuery("from CourseEntity c where c.code = :code", CourseEntity.class)
                    .setParameter("code", request.code()).getSingleResultOrNull() != null;
            if (taken) {
                throw new ConflictException("A course with code " + request.code() + " already exists");
            }
            CourseEntity course = new CourseEntity(request.code(), request.name().trim(), request.lecturerId(), clock.instant());
            if (request.unenrolledCheckIns() != null) {
                course.setUnenrolledCheckIns(request.unenrolledCheckIns());
            }
            session.persist(course);
            session.flush();
            audit.record(session, actor, "course.create", "course", course.getId(), course.getCode());
            return toModel(session, course);
        });
    }

    /** Changes what the request names; the code stays (exports and imports refer to courses by it). */
    public Course update(long courseId, UpdateCourseRequest request, Actor actor) {
        if (request.name() != null && !isValidName(request.name())) {
            throw ValidationException.field("name", "must not be blank (at most 200 characters)");
        }
        return database.inTransaction(session -> {
            CourseEntity course = require(session, courseId);
            requireLecturer(session, request.lecturerId());
            List<String> changed = new ArrayList<>();
            if (request.name() != null) {
                course.setName(request.name().trim());
                changed.add("name");
            }
            if (request.lecturerId() != null) {
                course.setLecturerId(request.lecturerId());
                changed.add("lecturer=" + request.lecturerId());
            }
            if (request.unenrolledCheckIns() != null) {
                course.setUnenrolledCheckIns(request.unenrolledCheckIns());
                changed.add("unenrolled_check_ins=" + request.unenrolledCheckIns().wire());
            }
            audit.record(session, actor, "course.update", "course", courseId, String.join(", ", changed));
            return toModel(session, course);
        });
    }

    public Course enrol(long courseId, List<Long> studentIds, Actor actor) {
        if (studentIds == null || studentIds.isEmpty() || studentIds.size() > 5000) {
            throw ValidationException.field("student_ids", "must list 1 to 5000 student ids");
        }
        return database.inTransaction(session -> {
            CourseEntity course = require(session, courseId);
            for (Long studentId : studentIds) {
                UserEntity student = users.require(session, studentId);
                if (student.getRole() != Role.STUDENT) {
                    throw new RuleViolationException("User " + studentId + " is not a student");
                }
                enrolments.enrol(session, courseId, studentId);
            }
            audit.record(session, actor, "course.enrol", "course", courseId, studentIds.size() + " students");
            return toModel(session, course);
        });
    }

    private static CourseEntity require(Session session, long courseId) {
        CourseEntity course = session.find(CourseEntity.class, courseId);
        if (course == null) {
            throw new NotFoundException("No course with id " + courseId);
        }
        return course;
    }

    private void requireLecturer(Session session, Long lecturerId) {
        if (lecturerId != null && users.require(session, lecturerId).getRole() != Role.LECTURER) {
            throw new RuleViolationException("User " + lecturerId + " is not a lecturer");
        }
    }

    private static boolean isValidName(String name) {
        return !name.isBlank() && name.length() <= 200;
    }

    private Course toModel(Session session, CourseEntity course) {
        return new Course(course.getId(), course.getCode(), course.getName(), course.getLecturerId(),
                enrolments.countEnrolled(session, course.getId()), course.getUnenrolledCheckIns());
    }
}
