package org.smavs.server.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.ImportLineError;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.StaffAssignment;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.User;
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

/**
 * Courses, their staff and enrolments, managed by admins; the students of a course are also readable by its staff.
 * Archiving keeps a course and its history but takes it off day-to-day lists and stops new sessions in it.
 */
public final class CourseService {
    private static final int MAX_LATE_MINUTES = 240;
    private static final int MAX_STAFF = 50;

    private final Database database;
    private final CourseEnrolments enrolments;
    private final CourseStaff staff;
    private final UserRepository users;
    private final AuditLog audit;
    private final Clock clock;

    public CourseService(Database database, CourseEnrolments enrolments, CourseStaff staff, UserRepository users,
                         AuditLog audit, Clock clock) {
        this.staff = staff;
        this.database = database;
        this.enrolments = enrolments;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every course, archived ones too (the caller filters), in three queries whatever their number. */
    public List<Course> list() {
        return database.inTransaction(session -> models(session, session.createSelectionQuery(
                "from CourseEntity c order by c.code", CourseEntity.class).getResultList()));
    }

    /** The courses the actor teaches in any part (all of them for an admin), archived ones too. */
    public List<Course> taughtBy(Actor actor) {
        if (actor.isAdmin()) {
            return list();
        }
        return database.inTransaction(session -> models(session, session.createNativeQuery("SELECT c.* FROM courses c "
                + "WHERE " + CourseStaff.TEACHES_COURSE + " ORDER BY c.code", CourseEntity.class)
                .setParameter("staff", actor.userId()).getResultList()));
    }

    private List<Course> models(Session session, List<CourseEntity> courses) {
        java.util.Map<Long, Long> counts = new java.util.HashMap<>();
        session.createNativeQuery("SELECT course_id, COUNT(*) FROM course_enrolments GROUP BY course_id",
                Object[].class).getResultList().forEach(row -> counts.put(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue()));
        java.util.Map<Long, List<org.smavs.model.admin.CourseStaffMember>> staffByCourse = staff.ofAll(session);
        java.util.Map<Long, String> leads = new java.util.HashMap<>();
        session.createNativeQuery("SELECT DISTINCT u.id, u.full_name FROM users u JOIN courses c ON c.lecturer_id = u.id",
                Object[].class).getResultList().forEach(row -> leads.put(((Number) row[0]).longValue(), (String) row[1]));
        return courses.stream().map(c -> toModel(c, counts.getOrDefault(c.getId(), 0L),
                staffByCourse.getOrDefault(c.getId(), List.of()), leads.get(c.getLecturerId()))).toList();
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
        if (request.lateAfterMinutes() != null
                && (request.lateAfterMinutes() < 0 || request.lateAfterMinutes() > MAX_LATE_MINUTES)) {
            throw ValidationException.field("late_after_minutes", "must be between 0 and " + MAX_LATE_MINUTES);
        }
        if (request.lateAfterMinutes() != null && Boolean.TRUE.equals(request.useInstitutionLateRule())) {
            throw ValidationException.field("use_institution_late_rule", "give late_after_minutes or "
                    + "use_institution_late_rule, not both");
        }
        checkStaffShape(request.staff());
        return database.inTransaction(session -> {
            CourseEntity course = require(session, courseId);
            requireLecturer(session, request.lecturerId());
            List<String> changed = new ArrayList<>();
            if (request.archived() != null && request.archived() != course.isArchived()) {
                course.setArchived(request.archived());
                changed.add(request.archived() ? "archived" : "unarchived");
            }
            if (request.lateAfterMinutes() != null) {
                course.setLateAfterMinutes(request.lateAfterMinutes());
                changed.add("late_after_minutes=" + request.lateAfterMinutes());
            } else if (Boolean.TRUE.equals(request.useInstitutionLateRule())) {
                course.setLateAfterMinutes(null);
                changed.add("late_after_minutes=institution");
            }
            if (request.staff() != null) {
                Long lead = request.lecturerId() != null ? request.lecturerId() : course.getLecturerId();
                for (StaffAssignment member : request.staff()) {
                    requireLecturer(session, member.userId());
                    if (member.userId().equals(lead)) {
                        throw ValidationException.field("staff", "user " + member.userId()
                                + " is the course's lead lecturer already");
                    }
                }
                staff.replace(session, courseId, request.staff());
                changed.add("staff=" + request.staff().stream().map(m -> m.userId() + ":" + m.role().wire()).toList());
            }
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

    private static void checkStaffShape(List<StaffAssignment> members) {
        if (members == null) {
            return;
        }
        if (members.size() > MAX_STAFF) {
            throw ValidationException.field("staff", "at most " + MAX_STAFF + " people");
        }
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (StaffAssignment member : members) {
            if (member == null || member.userId() == null || member.role() == null) {
                throw ValidationException.field("staff", "every entry needs user_id and role (lecturer or "
                        + "teaching_assistant)");
            }
            if (!seen.add(member.userId())) {
                throw ValidationException.field("staff", "user " + member.userId() + " is listed twice");
            }
        }
    }

    /** Takes one student off the course; their records in its past sessions stay. */
    public void unenrol(long courseId, long studentId, Actor actor) {
        database.run(session -> {
            CourseEntity course = require(session, courseId);
            if (!enrolments.unenrol(session, courseId, studentId)) {
                throw new NotFoundException("Student " + studentId + " is not enrolled in " + course.getCode());
            }
            audit.record(session, actor, "course.unenrol", "course", courseId, "student=" + studentId);
        });
    }

    /**
     * Enrols the students a CSV names by {@code student_number} or {@code email}: a header line naming either
     * column, or lines of one value each (an address has an '@'). Lines that name nobody, or not a student, are
     * reported by line number and the rest are enrolled.
     */
    public ImportResult importEnrolments(long courseId, String csv, Actor actor) {
        List<String[]> lines = EnrolmentCsv.parse(csv);
        return database.inTransaction(session -> {
            CourseEntity course = require(session, courseId);
            int enrolled = 0;
            int already = 0;
            List<ImportLineError> errors = new ArrayList<>();
            for (String[] line : lines) {
                int number = Integer.parseInt(line[0]);
                String key = line[1];
                UserEntity student = key.contains("@") ? users.findByEmail(session, UserRepository.normaliseEmail(key))
                        : users.findByStudentNumber(session, key);
                if (student == null) {
                    errors.add(new ImportLineError(number, "no student with " + (key.contains("@") ? "e-mail "
                            : "student number ") + key));
                } else if (student.getRole() != Role.STUDENT) {
                    errors.add(new ImportLineError(number, key + " is not a student's account"));
                } else if (enrolments.isEnrolled(session, courseId, student.getId())) {
                    already++;
                } else {
                    enrolments.enrol(session, courseId, student.getId());
                    enrolled++;
                }
            }
            audit.record(session, actor, "course.enrol_csv", "course", courseId, course.getCode() + ": " + enrolled
                    + " enrolled, " + already + " already, " + errors.size() + " errors");
            return new ImportResult(0, enrolled, already, errors);
        });
    }

    /** The course's students by name, for its staff (a teaching assistant too) and admins; others get 404. */
    public List<User> students(long courseId, Actor actor) {
        return database.inTransaction(session -> {
            CourseEntity course = session.find(CourseEntity.class, courseId);
            if (course == null || !actor.isAdmin() && staff.roleOf(session, courseId, actor.userId()).isEmpty()) {
                if (course != null) {
                    audit.record(session, actor, "access.denied", "course", courseId, "not on the course's staff");
                }
                throw new NotFoundException("No course with id " + courseId);
            }
            List<UserEntity> enrolled = session.createNativeQuery("SELECT u.* FROM users u JOIN course_enrolments e ON "
                            + "e.student_id = u.id WHERE e.course_id = :course ORDER BY u.full_name, u.id", UserEntity.class)
                    .setParameter("course", courseId).getResultList();
            return users.toModels(session, enrolled);
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
        UserEntity lead = course.getLecturerId() == null ? null : session.find(UserEntity.class, course.getLecturerId());
        return toModel(course, enrolments.countEnrolled(session, course.getId()), staff.of(session, course.getId()),
                lead == null ? null : lead.getFullName());
    }

    private static Course toModel(CourseEntity course, long enrolled, List<org.smavs.model.admin.CourseStaffMember> members,
                                  String leadName) {
        return new Course(course.getId(), course.getCode(), course.getName(), course.getLecturerId(), enrolled,
                course.getUnenrolledCheckIns(), course.isArchived(), course.getLateAfterMinutes(), members, leadName);
    }
}
