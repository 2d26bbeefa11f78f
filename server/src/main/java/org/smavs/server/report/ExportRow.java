package org.smavs.server.report;

import java.time.OffsetDateTime;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;

/**
 * How a record reads in an export. An absentee the system marked when the session ended never checked in: its
 * stored time is only when it was marked, so the export leaves "checked in" empty and names the source
 * {@code auto} rather than {@code manual} (no person marked it). Hand-marked records carry a reviewer. Pure.
 */
final class ExportRow {
    static final String AUTO_SOURCE = "auto";

    private ExportRow() {
    }

    static boolean markedBySystem(AttendanceRecord record) {
        return record.status() == AttendanceStatus.ABSENT && record.source() == AttendanceSource.MANUAL
                && record.reviewedBy() == null;
    }

    static String source(AttendanceRecord record) {
        return markedBySystem(record) ? AUTO_SOURCE : record.source().wire();
    }

    /** The check-in time, or null when the student never checked in. */
    static OffsetDateTime checkedIn(AttendanceRecord record) {
        return markedBySystem(record) ? null : record.submittedAt();
    }
}
