package org.smavs.server.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.ConflictException;
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
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            errors.add(new FieldError("name", "is required (at most 200 characters)"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return database.inTransaction(session -> {
            if (request.lecturerId() != null && users.require(session, request.lecturerId()).getRole() != Role.LECTURER) {
                throw new RuleViolationException("User " + request.lecturerId() + " is not a lecturer");
            }
            boolean taken = session.createSelectionQuery("from CourseEntity c where c.code = :code", CourseEntity.class)
                    .setParameter("code", request.code()).getSingleResultOrNull() != null;
            if (taken) {
                throw new ConflictException("A course with code " + request.code() + " already exists");
            }
            CourseEntity course = new CourseEntity(request.code(), request.name().trim(), request.lecturerId(), clock.instant());
            session.persist(course);
            session.flush();
            audit.record(session, actor, "course.create", "course", course.getId(), course.getCode());
            return toModel(session, course);
        });
    }

    public Course enrol(long courseId, List<Long> studentIds, Actor actor) {
        if (studentIds == null || studentIds.isEmpty() || studentIds.size() > 5000) {
            throw ValidationException.field("student_ids", "must list 1 to 5000 student ids");
        }
        return database.inTransaction(session -> {
            CourseEntity course = session.find(CourseEntity.class, courseId);
            if (course == null) {
                throw new org.smavs.server.error.NotFoundException("No course with id " + courseId);
            }
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

    private Course toModel(Session session, CourseEntity course) {
        return new Course(course.getId(), course.getCode(), course.getName(), course.getLecturerId(),
                enrolments.countEnrolled(session, course.getId()));
    }
}
