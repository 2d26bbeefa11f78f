package org.smavs.model.attendance;

/**
 * GET /students/me/courses: one enrolled course as the student sees it. {@code sessionsHeld}: sessions that have
 * ended; {@code absent} = held − present − excused − flagged (rejected check-ins count as absent);
 * {@code attendanceRate} = (present + excused) / held, null before any session was held;
 * {@code belowThreshold}: the rate is under the institution's attendance threshold.
 */
public record CourseAttendance(long courseId, String code, String name, int sessionsHeld, int present, int excused,
                               int absent, int flagged, Double attendanceRate, boolean belowThreshold) {
}
