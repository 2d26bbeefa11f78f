package org.smavs.server.report;

import java.util.List;
import org.smavs.model.attendance.AttendanceStatus;

/** What a course export shows: the course's headline, the range asked for, and each session in it, oldest first. */
public record CourseExportData(long courseId, String courseCode, String courseName, String lecturerName,
                               ExportRange range, List<ExportData> sessions) {

    public long count(AttendanceStatus status) {
        return sessions.stream().mapToLong(s -> s.count(status)).sum();
    }

    public long rows() {
        return sessions.stream().mapToLong(s -> s.rows().size()).sum();
    }
}
