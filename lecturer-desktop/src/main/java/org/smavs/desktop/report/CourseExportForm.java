package org.smavs.desktop.report;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.smavs.model.admin.Course;

/**
 * The course-export form as filled in, checked before anything goes to the server (which enforces the same
 * rules). Pure: no JavaFX, so the rules are unit-tested directly.
 */
public record CourseExportForm(Course course, LocalDate from, LocalDate to, ExportViewModel.Format format) {
    /** The server's limit on one export. */
    public static final int MAX_DAYS = 366;

    /** The sentence to show under the form, or null when it can be sent. */
    public String problem() {
        if (course == null) {
            return "Choose the course to export.";
        }
        if (from == null || to == null) {
            return "Choose the first and the last day.";
        }
        if (to.isBefore(from)) {
            return "The last day must be on or after the first day.";
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            return "One export covers at most " + MAX_DAYS + " days; choose a shorter range.";
        }
        if (format == null) {
            return "Choose CSV or PDF.";
        }
        return null;
    }
}
