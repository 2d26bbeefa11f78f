package org.smavs.server.analytics;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.KioskErrorRate;
import org.smavs.model.session.SessionStatus;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.SessionStatusPolicy;

/**
 * System-wide figures for the admin: users by role, sessions, submissions (records not created by the
 * absentee sweep), the share of submissions with any doubtful reason and the count per reason, per-kiosk
 * failure rates from the verification log, and submissions per hour over the last 24 hours.
 */
public final class AnalyticsService {
    /** Records that are check-ins (everything but the absentees the server marked by itself). */
    private static final String SUBMITTED = "status <> 'ABSENT' OR source <> 'MANUAL'";

    private final Database database;
    private final Clock clock;

    public AnalyticsService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Analytics analytics() {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            Map<String, Long> usersByRole = new TreeMap<>();
            session.createNativeQuery("SELECT role, COUNT(*) FROM users GROUP BY role", Object[].class).getResultList()
                    .forEach(r -> usersByRole.put(((String) r[0]).toLowerCase(), ((Number) r[1]).longValue()));
            // Aggregated in the database: the campus's whole history never travels to the server's heap.
            long sessionCount = count(session.createNativeQuery("SELECT COUNT(*) FROM attendance_sessions", Object.class)
                    .getSingleResult());
            long active = session.createNativeQuery("SELECT status, starts_at, ends_at FROM attendance_sessions "
                            + "WHERE starts_at <= :now AND ends_at > :now", Object[].class)
                    .setParameter("now", now).getResultList().stream()
                    .filter(r -> SessionStatusPolicy.status((String) r[0], instant(r[1]), instant(r[2]), now)
                            == SessionStatus.ACTIVE).count();
            long submitted = count(session.createNativeQuery("SELECT COUNT(*) FROM attendance_records WHERE "
                    + SUBMITTED, Object.class).getSingleResult());
            Map<String, Long> byReason = new TreeMap<>();
            long withFlags = 0;
            // distinct combinations of reasons are few, whatever the number of records
            for (Object[] row : session.createNativeQuery("SELECT flags, COUNT(*) FROM attendance_records WHERE ("
                    + SUBMITTED + ") AND flags <> '' GROUP BY flags", Object[].class).getResultList()) {
                long times = count(row[1]);
                withFlags += times;
                for (String flag : ((String) row[0]).split(",")) {
                    if (!flag.isBlank()) {
                        byReason.merge(flag.trim(), times, Long::sum);
                    }
                }
            }
            Map<String, Long> perHour = perHourSkeleton(now);
            Instant since = now.truncatedTo(ChronoUnit.HOURS).minus(23, ChronoUnit.HOURS);
            for (Object at : session.createNativeQuery("SELECT submitted_at FROM attendance_records WHERE submitted_at >= "
                    + ":since AND (" + SUBMITTED + ")", Object.class).setParameter("since", since).getResultList()) {
                perHour.computeIfPresent(hourKey(instant(at)), (k, v) -> v + 1);
            }
            double flagRate = submitted == 0 ? 0 : Math.round(1000.0 * withFlags / submitted) / 1000.0;
            return new Analytics(usersByRole, sessionCount, active, submitted, flagRate, byReason,
                    perKiosk(session), perHour);
        });
    }

    /** Check-ins and failed verifications per kiosk, from verification_logs; kiosks without traffic show zeros. */
    private static List<KioskErrorRate> perKiosk(Session session) {
        List<KioskErrorRate> rates = new ArrayList<>();
        session.createNativeQuery("SELECT k.id, k.name, COUNT(v.id), COALESCE(SUM(CASE WHEN v.passed THEN 0 ELSE 1 END), 0) "
                        + "FROM kiosks k LEFT JOIN verification_logs v ON v.kiosk_id = k.id GROUP BY k.id, k.name ORDER BY k.id",
                Object[].class).getResultList().forEach(r -> {
                    long total = ((Number) r[2]).longValue();
                    long failures = total == 0 ? 0 : ((Number) r[3]).longValue();
                    rates.add(new KioskErrorRate(((Number) r[0]).longValue(), (String) r[1], total, failures,
                            total == 0 ? 0 : Math.round(1000.0 * failures / total) / 1000.0));
                });
        return rates;
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static Map<String, Long> perHourSkeleton(Instant now) {
        Map<String, Long> hours = new TreeMap<>();
        Instant hour = now.truncatedTo(ChronoUnit.HOURS);
        for (int i = 0; i < 24; i++) {
            hours.put(hourKey(hour.minus(i, ChronoUnit.HOURS)), 0L);
        }
        return hours;
    }

    private static String hourKey(Instant instant) {
        return instant.truncatedTo(ChronoUnit.HOURS).atOffset(ZoneOffset.UTC).toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
