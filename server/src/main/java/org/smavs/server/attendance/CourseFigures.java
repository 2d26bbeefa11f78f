package org.smavs.server.attendance;

import org.smavs.model.attendance.CourseAttendance;

/**
 * A student's figures in one course, from counts: absent = held − present − excused − flagged (a rejected check-in
 * counts as absent), rate = (present + excused) / held, below the threshold when the rate is under it. A flagged
 * check-in counts neither way until a lecturer decides it.
 */
final class CourseFigures {
    private CourseFigures() {
    }

    static CourseAttendance of(long courseId, String code, String name, int held, int present, int excused, int flagged,
                               int thresholdPercent) {
        int absent = Math.max(0, held - present - excused - flagged);
        Double rate = held == 0 ? null : (present + excused) / (double) held;
        boolean below = rate != null && rate * 100 < thresholdPercent;
        return new CourseAttendance(courseId, code, name, held, present, excused, absent, flagged, rate, below);
    }
}
