package org.smavs.desktop.report;

import java.time.LocalDate;

/** Session and course exports as the server renders them. */
public interface ExportBackend {
    byte[] exportCsv(long sessionId);

    byte[] exportPdf(long sessionId);

    /** Every session of the course starting between the two dates (inclusive), as one CSV or PDF. */
    byte[] exportCourse(long courseId, LocalDate from, LocalDate to, boolean pdf);
}
