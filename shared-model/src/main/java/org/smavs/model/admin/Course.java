package org.smavs.model.admin;

import java.util.List;

/**
 * A course. {@code archived}: over (kept with its history, hidden from day-to-day lists, no new sessions);
 * {@code lateAfterMinutes}: this course's own "late" rule, or null for the institution's; {@code staff}: further
 * lecturers and teaching assistants besides the lead lecturer {@code lecturerId}, whose name is {@code lecturerName}
 * (null without a lead).
 */
public record Course(long id, String code, String name, Long lecturerId, long enrolledCount,
                     UnenrolledCheckIns unenrolledCheckIns, boolean archived, Integer lateAfterMinutes,
                     List<CourseStaffMember> staff, String lecturerName) {
    public Course {
        staff = staff == null ? List.of() : List.copyOf(staff);
    }

    public Course(long id, String code, String name, Long lecturerId, long enrolledCount,
                  UnenrolledCheckIns unenrolledCheckIns, boolean archived, Integer lateAfterMinutes,
                  List<CourseStaffMember> staff) {
        this(id, code, name, lecturerId, enrolledCount, unenrolledCheckIns, archived, lateAfterMinutes, staff, null);
    }

    public Course(long id, String code, String name, Long lecturerId, long enrolledCount,
                  UnenrolledCheckIns unenrolledCheckIns) {
        this(id, code, name, lecturerId, enrolledCount, unenrolledCheckIns, false, null, List.of());
    }

    /** A course with the default rule for unenrolled students (flag for review). */
    public Course(long id, String code, String name, Long lecturerId, long enrolledCount) {
        this(id, code, name, lecturerId, enrolledCount, UnenrolledCheckIns.FLAG);
    }
}
