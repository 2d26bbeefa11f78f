package org.smavs.desktop.course;

import org.smavs.model.admin.Course;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.model.admin.UpdateCourseRequest;

/**
 * The edit-course form as typed: checked and turned into a PATCH that names only what changed, so an edit of the
 * name never resets a rule somebody else changed meanwhile. Pure, so it is unit-tested without a toolkit.
 */
public record CourseForm(String name, Long lecturerId, boolean institutionLateRule, String lateMinutes,
                         UnenrolledCheckIns unenrolledCheckIns) {
    /** A check-in two hours after the start is no longer "late" but a different class. */
    static final int MAX_LATE_MINUTES = 120;

    /** The form filled with the course as it is. */
    public static CourseForm of(Course course) {
        return new CourseForm(course.name(), course.lecturerId(), course.lateAfterMinutes() == null,
                course.lateAfterMinutes() == null ? "" : Integer.toString(course.lateAfterMinutes()),
                course.unenrolledCheckIns());
    }

    /** What keeps the form from being sent, in words; null when it may be sent. */
    public String problem() {
        if (name == null || name.isBlank()) {
            return "Give the course a name.";
        }
        if (lecturerId == null) {
            return "Choose the lead lecturer.";
        }
        if (!institutionLateRule) {
            Integer minutes = minutes();
            if (minutes == null || minutes < 0 || minutes > MAX_LATE_MINUTES) {
                return "Late after: a whole number of minutes from 0 to " + MAX_LATE_MINUTES + ".";
            }
        }
        return null;
    }

    /** The change against {@code course}; null fields stay as they are on the server. */
    public UpdateCourseRequest changesFrom(Course course) {
        String newName = name.strip().equals(course.name()) ? null : name.strip();
        Long newLead = lecturerId.equals(course.lecturerId()) ? null : lecturerId;
        UnenrolledCheckIns newRule = unenrolledCheckIns == course.unenrolledCheckIns() ? null : unenrolledCheckIns;
        Integer late = null;
        Boolean useInstitution = null;
        if (institutionLateRule && course.lateAfterMinutes() != null) {
            useInstitution = Boolean.TRUE;
        } else if (!institutionLateRule && !minutes().equals(course.lateAfterMinutes())) {
            late = minutes();
        }
        return new UpdateCourseRequest(newName, newLead, newRule, null, late, useInstitution, null);
    }

    private Integer minutes() {
        try {
            return Integer.valueOf(lateMinutes == null ? "" : lateMinutes.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "Late after 10 min (this course)" or "Late after 15 min (institution's rule)". */
    public static String lateRuleText(Course course, Integer institutionMinutes) {
        if (course.lateAfterMinutes() != null) {
            return "late after " + course.lateAfterMinutes() + " min (this course's rule)";
        }
        return institutionMinutes == null ? "late rule: the institution's"
                : "late after " + institutionMinutes + " min (the institution's rule)";
    }
}
