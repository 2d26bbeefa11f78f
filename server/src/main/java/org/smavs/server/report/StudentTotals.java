package org.smavs.server.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.session.SessionStatus;

/**
 * Each student's figures over a course export (a term, or any range), counting only sessions that have ended:
 * held = the student's records in them (absentees are recorded when a session ends), present includes late check-ins
 * (also counted on their own), rate = (present + excused) / held as on the student's own screen; a flagged check-in
 * counts neither way until it is decided. Pure.
 */
final class StudentTotals {
    private StudentTotals() {
    }

    record Totals(String studentNumber, String studentName, int held, int present, int late, int excused, int absent,
                  int flagged, int rejected) {
        Double rate() {
            return held == 0 ? null : (present + excused) / (double) held;
        }

        boolean below(int thresholdPercent) {
            return rate() != null && rate() * 100 < thresholdPercent;
        }

        String ratePercent() {
            return rate() == null ? "" : String.format(java.util.Locale.ROOT, "%.1f", rate() * 100);
        }
    }

    static List<Totals> of(CourseExportData course) {
        Map<Long, int[]> counts = new LinkedHashMap<>();
        Map<Long, String[]> names = new LinkedHashMap<>();
        for (ExportData session : course.sessions()) {
            if (!ended(session.status())) {
                continue;
            }
            for (AttendanceRecord r : session.rows()) {
                int[] c = counts.computeIfAbsent(r.studentId(), id -> new int[7]);
                names.putIfAbsent(r.studentId(), new String[] {r.studentNumber(), r.studentName()});
                c[0]++;
                switch (r.status()) {
                    case PRESENT -> c[1]++;
                    case EXCUSED -> c[3]++;
                    case ABSENT -> c[4]++;
                    case FLAGGED -> c[5]++;
                    case REJECTED -> c[6]++;
                    default -> { }
                }
                if (r.status() == AttendanceStatus.PRESENT && r.flags().contains(ReasonCode.LATE)) {
                    c[2]++;
                }
            }
        }
        List<Totals> totals = new ArrayList<>();
        counts.forEach((id, c) -> totals.add(new Totals(names.get(id)[0], names.get(id)[1], c[0], c[1], c[2], c[3],
                c[4], c[5], c[6])));
        totals.sort(java.util.Comparator.comparing((Totals t) -> t.studentName() == null ? "" : t.studentName())
                .thenComparing(t -> t.studentNumber() == null ? "" : t.studentNumber()));
        return totals;
    }

    private static boolean ended(String status) {
        return SessionStatus.CLOSED.wire().equals(status) || SessionStatus.EXPIRED.wire().equals(status);
    }
}
