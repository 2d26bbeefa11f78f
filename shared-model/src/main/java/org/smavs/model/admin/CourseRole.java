package org.smavs.model.admin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * A staff member's part in one course. A {@code lecturer} runs the course like its lead (sessions, timetable,
 * excuses, exports); a {@code teaching_assistant} sees its sessions, reviews flags and marks by hand, but does not
 * change the timetable, edit or cancel sessions, or decide excuses.
 */
public enum CourseRole {
    LECTURER, TEACHING_ASSISTANT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
