package org.smavs.server.report;

import java.time.Instant;
import java.util.List;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;

/** What an export shows: the session's headline and its roster. */
public record ExportData(long sessionId, String sessionTitle, String courseCode, String courseName, String lecturerName,
                         Instant startsAt, Instant endsAt, String status, List<AttendanceRecord> rows) {

    public long count(AttendanceStatus status) {
        return rows.stream().filter(r -> r.status() == status).count();
    }
}
