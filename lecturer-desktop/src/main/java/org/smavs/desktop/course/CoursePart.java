package org.smavs.desktop.course;

import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.auth.User;

/**
 * What the signed-in person is in one course, which decides what they may change there. The server holds the same
 * rule (a teaching assistant's timetable change is refused); the app follows it so nobody presses a button that
 * can only fail.
 */
public enum CoursePart {
    LEAD("Lead lecturer"), LECTURER("Lecturer"), TEACHING_ASSISTANT("Teaching assistant"), ADMIN("Administrator"),
    NONE("Not on the staff");

    private final String label;

    CoursePart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** An admin who also teaches the course is named by their teaching part; they may change everything anyway. */
    public static CoursePart of(Course course, User me, boolean admin) {
        if (course.lecturerId() != null && course.lecturerId() == me.id()) {
            return LEAD;
        }
        CoursePart part = course.staff().stream().filter(member -> member.userId() == me.id()).findFirst()
                .map(member -> member.role() == CourseRole.TEACHING_ASSISTANT ? TEACHING_ASSISTANT : LECTURER)
                .orElse(NONE);
        return admin && !part.changesTimetable() ? ADMIN : part;
    }

    /** Teaching assistants see the timetable; lecturers and admins change it. */
    public boolean changesTimetable() {
        return this == LEAD || this == LECTURER || this == ADMIN;
    }

    /** "Teaching assistant" for {@link CourseRole#TEACHING_ASSISTANT}. */
    public static String label(CourseRole role) {
        return role == CourseRole.TEACHING_ASSISTANT ? TEACHING_ASSISTANT.label : LECTURER.label;
    }
}
