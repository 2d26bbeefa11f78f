package org.smavs.server.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smavs.model.attendance.AttendanceRecord;

/**
 * The seed's CSV export, one line per student and session, every text cell neutralised against formula
 * injection. A course export is the same columns over many sessions, so it sorts and filters in a spreadsheet.
 */
public final class AttendanceCsv {
    static final String[] HEADER = {"course_code", "course_name", "session_id", "session_title", "session_starts_at",
            "student_number", "student_name", "status", "reasons", "risk_score", "source", "submitted_at", "reviewed_at",
            "review_note"};

    public String render(ExportData data) {
        return render(List.of(data));
    }

    public String render(List<ExportData> sessions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (ExportData data : sessions) {
                for (AttendanceRecord r : data.rows()) {
                    printer.printRecord(CsvCells.safe(data.courseCode()), CsvCells.safe(data.courseName()),
                            data.sessionId(), CsvCells.safe(data.sessionTitle()), time(data.startsAt()),
                            CsvCells.safe(r.studentNumber()), CsvCells.safe(r.studentName()), r.status().wire(),
                            r.flags().stream().map(Enum::name).collect(Collectors.joining(";")), r.riskScore(),
                            ExportRow.source(r), time(ExportRow.checkedIn(r)), time(r.reviewedAt()), CsvCells.safe(r.reviewNote()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static final String[] TOTALS_HEADER = {"course_code", "from", "to", "student_number", "student_name", "held",
            "present", "late", "excused", "absent", "flagged", "rejected", "attendance_rate_percent", "below_threshold"};

    /** One line per student over the course export; late check-ins are also counted in present. */
    public String renderTotals(CourseExportData course, List<StudentTotals.Totals> totals, int thresholdPercent) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(TOTALS_HEADER).get())) {
            for (StudentTotals.Totals t : totals) {
                printer.printRecord(CsvCells.safe(course.courseCode()), course.range().from(), course.range().to(),
                        CsvCells.safe(t.studentNumber()), CsvCells.safe(t.studentName()), t.held(), t.present(), t.late(),
                        t.excused(), t.absent(), t.flagged(), t.rejected(), t.ratePercent(), t.below(thresholdPercent));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String time(OffsetDateTime time) {
        return time == null ? "" : time.toString();
    }

    private static String time(Instant time) {
        return time == null ? "" : time.toString();
    }
}
