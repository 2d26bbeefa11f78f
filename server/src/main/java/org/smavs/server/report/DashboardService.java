package org.smavs.server.report;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.smavs.server.course.CourseStaff;
import org.smavs.model.session.CourseStats;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.SessionStatus;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.SessionStatusPolicy;

/**
 * The lecturer's dashboard figures and course list (an admin sees everyone's). The attendance rate of an
 * ended session is attended (present, flagged or excused) over enrolled; sessions without a course have no
 * enrolment to compare with and are left out of the rates.
 */
public final class DashboardService {
    private final Database database;
    private final Clock clock;

    public DashboardService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    private record SessionRow(long id, Long courseId, String state, Instant startsAt, Instant endsAt, long attended,
                              long records, long flagged) {
    }

    public Dashboard dashboard(Actor actor) {
        Instant now = clock.instant();
        Long lecturer = actor.isAdmin() ? null : actor.userId();
        return database.inTransaction(session -> {
            List<SessionRow> rows = sessionRows(session, lecturer);
            Map<Long, Long> enrolled = enrolledPerCourse(session);
            long active = rows.stream().filter(r -> SessionStatusPolicy.status(r.state(), r.startsAt(), r.endsAt(), now)
                    == SessionStatus.ACTIVE).count();
            Map<Long, List<SessionRow>> byCourse = new LinkedHashMap<>();
            List<Double> rates = new ArrayList<>();
            for (SessionRow row : rows) {
                if (row.courseId() != null) {
                    byCourse.computeIfAbsent(row.courseId(), id -> new ArrayList<>()).add(row);
                    Double rate = rate(row, enrolled, now);
                    if (rate != null) {
                        rates.add(rate);
                    }
                }
            }
            List<CourseStats> perCourse = new ArrayList<>();
            for (Map.Entry<Long, List<SessionRow>> entry : byCourse.entrySet()) {
                Object[] course = session.createNativeQuery("SELECT code, name FROM courses WHERE id = :id", Object[].class)
                        .setParameter("id", entry.getKey()).getSingleResult();
                List<Double> courseRates = entry.getValue().stream().map(r -> rate(r, enrolled, now))
                        .filter(java.util.Objects::nonNull).toList();
                perCourse.add(new CourseStats(entry.getKey(), (String) course[0], (String) course[1], entry.getValue().size(),
                        entry.getValue().stream().mapToLong(SessionRow::records).sum(), average(courseRates)));
            }
            return new Dashboard(rows.size(), active, rows.stream().mapToLong(SessionRow::records).sum(),
                    rows.stream().mapToLong(SessionRow::flagged).sum(), average(rates), perCourse);
        });
    }

    private static Double rate(SessionRow row, Map<Long, Long> enrolled, Instant now) {
        long students = enrolled.getOrDefault(row.courseId(), 0L);
        boolean ended = SessionStatusPolicy.hasEnded(SessionStatusPolicy.status(row.state(), row.startsAt(), row.endsAt(), now));
        return !ended || students == 0 ? null : Math.min(1.0, (double) row.attended() / students);
    }

    private static double average(List<Double> values) {
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return Math.round(mean * 1000) / 1000.0;
    }

    private static List<SessionRow> sessionRows(Session session, Long lecturer) {
        return session.createNativeQuery("SELECT s.id, s.course_id, s.status, s.starts_at, s.ends_at, "
                        + "COALESCE(SUM(CASE WHEN r.status IN ('PRESENT','FLAGGED','EXCUSED') THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN r.status <> 'ABSENT' THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN r.status = 'FLAGGED' THEN 1 ELSE 0 END), 0) "
                        + "FROM attendance_sessions s LEFT JOIN attendance_records r ON r.session_id = s.id "
                        + "WHERE CAST(:staff AS BIGINT) IS NULL OR s.lecturer_id = :staff OR "
                        + CourseStaff.teaches("s.course_id") + " "
                        + "GROUP BY s.id, s.course_id, s.status, s.starts_at, s.ends_at", Object[].class)
                .setParameter("staff", lecturer).getResultList().stream()
                .map(r -> new SessionRow(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(),
                        (String) r[2], instant(r[3]), instant(r[4]), ((Number) r[5]).longValue(),
                        ((Number) r[6]).longValue(), ((Number) r[7]).longValue()))
                .toList();
    }

    private static Map<Long, Long> enrolledPerCourse(Session session) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        session.createNativeQuery("SELECT course_id, COUNT(*) FROM course_enrolments GROUP BY course_id", Object[].class)
                .getResultList().forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
