package org.smavs.server.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CourseStaffMember;
import org.smavs.model.admin.StaffAssignment;

/**
 * Who teaches a course: its lead lecturer ({@code courses.lecturer_id}) and the further lecturers and teaching
 * assistants in {@code course_staff}. The lead counts as a lecturer of the course.
 */
public final class CourseStaff {
    /**
     * SQL condition "the user :staff teaches course c" (any part), for queries that list a user's courses; the
     * caller binds {@code :staff}.
     */
    public static final String TEACHES_COURSE = "(c.lecturer_id = :staff OR EXISTS (SELECT 1 FROM course_staff cs "
            + "WHERE cs.course_id = c.id AND cs.user_id = :staff))";
    /** The same for a course id column {@code <alias>.course_id} when there is no join to courses. */
    public static String teaches(String courseIdColumn) {
        return "EXISTS (SELECT 1 FROM courses tc WHERE tc.id = " + courseIdColumn + " AND (tc.lecturer_id = :staff "
                + "OR EXISTS (SELECT 1 FROM course_staff cs WHERE cs.course_id = tc.id AND cs.user_id = :staff)))";
    }

    /** The same, lecturers only (lead or co-lecturer; teaching assistants excluded). */
    public static String lectures(String courseIdColumn) {
        return "EXISTS (SELECT 1 FROM courses tc WHERE tc.id = " + courseIdColumn + " AND (tc.lecturer_id = :staff "
                + "OR EXISTS (SELECT 1 FROM course_staff cs WHERE cs.course_id = tc.id AND cs.user_id = :staff "
                + "AND cs.role = 'LECTURER')))";
    }

    /** The user's part in the course, if any; the lead is a lecturer. */
    public Optional<CourseRole> roleOf(Session session, Long courseId, Long userId) {
        if (courseId == null || userId == null) {
            return Optional.empty();
        }
        Object[] row = session.createNativeQuery("SELECT c.lecturer_id, (SELECT cs.role FROM course_staff cs WHERE "
                        + "cs.course_id = c.id AND cs.user_id = :user) FROM courses c WHERE c.id = :course", Object[].class)
                .setParameter("course", courseId).setParameter("user", userId).getSingleResultOrNull();
        if (row == null) {
            return Optional.empty();
        }
        if (row[0] != null && ((Number) row[0]).longValue() == userId) {
            return Optional.of(CourseRole.LECTURER);
        }
        return Optional.ofNullable((String) row[1]).map(CourseRole::valueOf);
    }

    public List<CourseStaffMember> of(Session session, long courseId) {
        return ofAll(session, courseId).getOrDefault(courseId, List.of());
    }

    /** Every course's staff, by course id, in one query. */
    public Map<Long, List<CourseStaffMember>> ofAll(Session session) {
        return ofAll(session, null);
    }

    private static Map<Long, List<CourseStaffMember>> ofAll(Session session, Long courseId) {
        Map<Long, List<CourseStaffMember>> byCourse = new HashMap<>();
        session.createNativeQuery("SELECT cs.course_id, cs.user_id, u.full_name, cs.role FROM course_staff cs JOIN users u "
                        + "ON u.id = cs.user_id WHERE CAST(:course AS BIGINT) IS NULL OR cs.course_id = :course "
                        + "ORDER BY cs.role, u.full_name, cs.user_id", Object[].class)
                .setParameter("course", courseId).getResultList()
                .forEach(row -> byCourse.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                        .add(new CourseStaffMember(((Number) row[1]).longValue(), (String) row[2],
                                CourseRole.valueOf((String) row[3]))));
        return byCourse;
    }

    /** Replaces the course's staff list (the lead is not part of it). */
    public void replace(Session session, long courseId, List<StaffAssignment> staff) {
        session.createNativeMutationQuery("DELETE FROM course_staff WHERE course_id = :course")
                .setParameter("course", courseId).executeUpdate();
        for (StaffAssignment member : staff) {
            session.createNativeMutationQuery("INSERT INTO course_staff (course_id, user_id, role) VALUES (:course, "
                            + ":user, :role)").setParameter("course", courseId).setParameter("user", member.userId())
                    .setParameter("role", member.role().name()).executeUpdate();
        }
    }
}
