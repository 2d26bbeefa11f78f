package org.smavs.server.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.smavs.server.course.CourseStaff;
import org.smavs.server.mail.Mailer;
import org.smavs.server.mail.Outbox;
import org.smavs.server.persistence.Database;
import org.smavs.server.web.HtmlPage;

/**
 * The notification mails that come from the attendance data rather than from a request: a student who falls below
 * the attendance threshold in a course is told once (told again only after climbing back above it and falling
 * again), and every lecturer and teaching assistant with work waiting gets one digest a day, from
 * {@value #DIGEST_HOUR}:00 in the institution's time zone, of flagged check-ins and excuses to decide. Both run as
 * maintenance jobs, send through the outbox (never in a request) and respect each user's opt-out.
 */
public final class AttendanceNotices {
    static final int DIGEST_HOUR = 7;

    private final Database database;
    private final Outbox outbox;
    private final IntSupplier thresholdPercent;
    private final Supplier<String> timeZone;
    private final String institution;
    private final Clock clock;

    public AttendanceNotices(Database database, Outbox outbox, IntSupplier thresholdPercent, Supplier<String> timeZone,
                             String institution, Clock clock) {
        this.database = database;
        this.outbox = outbox;
        this.thresholdPercent = thresholdPercent;
        this.timeZone = timeZone;
        this.institution = institution;
        this.clock = clock;
    }

    private record Standing(long courseId, long studentId, String code, String name, String email, String fullName,
                            boolean wantsMail, boolean notified, int held, int present, int excused) {
        double rate() {
            return (present + excused) / (double) held;
        }
    }

    /**
     * Tells students newly below the threshold; forgets the notice of those back above it. Returns mails queued.
     * Figures as on the student's own screen: sessions held while they were enrolled (the ones they have a record in).
     */
    public int thresholdNotices() {
        Instant now = clock.instant();
        int threshold = thresholdPercent.getAsInt();
        List<Standing> standings = database.inTransaction(session -> session.createNativeQuery("SELECT c.id, "
                        + "e.student_id, c.code, c.name, u.email, u.full_name, u.email_notifications, "
                        + "CASE WHEN e.below_threshold_notified_at IS NULL THEN 0 ELSE 1 END, COUNT(r.id), "
                        + "SUM(CASE WHEN r.status = 'PRESENT' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.status = 'EXCUSED' THEN 1 ELSE 0 END) "
                        + "FROM course_enrolments e JOIN courses c ON c.id = e.course_id AND c.archived = FALSE "
                        + "JOIN users u ON u.id = e.student_id AND u.is_active = TRUE "
                        + "JOIN attendance_sessions s ON s.course_id = c.id "
                        + "AND (s.ends_at <= :now OR s.closed_at IS NOT NULL) AND s.status <> 'cancelled' "
                        + "LEFT JOIN attendance_records r ON r.session_id = s.id AND r.student_id = e.student_id "
                        + "GROUP BY c.id, e.student_id, c.code, c.name, u.email, u.full_name, u.email_notifications, "
                        + "e.below_threshold_notified_at", Object[].class)
                .setParameter("now", now).getResultList().stream()
                .map(row -> new Standing(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), (String) row[2],
                        (String) row[3], (String) row[4], (String) row[5], Boolean.TRUE.equals(row[6]),
                        ((Number) row[7]).intValue() == 1, ((Number) row[8]).intValue(), count(row[9]), count(row[10])))
                .toList());
        int sent = 0;
        for (Standing standing : standings) {
            boolean below = standing.held() > 0 && standing.rate() * 100 < threshold;
            if (below == standing.notified()) {
                continue;
            }
            boolean updated = database.inTransaction(session -> session.createNativeMutationQuery("UPDATE "
                            + "course_enrolments SET below_threshold_notified_at = :at WHERE course_id = :course AND "
                            + "student_id = :student AND below_threshold_notified_at IS " + (below ? "NULL" : "NOT NULL"))
                    .setParameter("at", below ? now : null).setParameter("course", standing.courseId())
                    .setParameter("student", standing.studentId()).executeUpdate() == 1);
            // the conditional update makes each notice go out once even with several server instances
            if (below && updated && standing.wantsMail() && standing.email() != null) {
                outbox.send(belowThresholdMail(standing, threshold));
                sent++;
            }
        }
        return sent;
    }

    private Mailer.Mail belowThresholdMail(Standing s, int threshold) {
        String rate = Math.round(s.rate() * 1000) / 10.0 + " %";
        String subject = "Your attendance in " + s.code() + " is below " + threshold + " %";
        String facts = "you have attended " + (s.present() + s.excused()) + " of the " + s.held() + " sessions of "
                + s.code() + " " + s.name() + " held so far (" + rate + "; excused absences count as attended). "
                + "The required attendance is " + threshold + " %.";
        String text = "Hello " + s.fullName() + ",\n\n" + facts + "\n\nIf an absence had a good reason, you can send "
                + "an excuse from the SMAVS app. Your lecturer can help with anything else.\n\n" + footer();
        String html = "<p>Hello " + HtmlPage.escape(s.fullName()) + ",</p><p>" + HtmlPage.escape(facts) + "</p><p>If an "
                + "absence had a good reason, you can send an excuse from the SMAVS app. Your lecturer can help with "
                + "anything else.</p><p>" + HtmlPage.escape(footer()).replace("\n", "<br>") + "</p>";
        return new Mailer.Mail(s.email(), subject, text, html);
    }

    private record Waiting(long userId, String email, String fullName, int flagged, int excuses) {
    }

    /** Once a day from the digest hour: each staff member with flags or excuses waiting gets one mail. */
    public int staffDigests() {
        ZoneId zone = ZoneId.of(timeZone.get());
        Instant now = clock.instant();
        LocalDate today = now.atZone(zone).toLocalDate();
        if (now.atZone(zone).toLocalTime().isBefore(LocalTime.of(DIGEST_HOUR, 0))) {
            return 0;
        }
        List<Waiting> due = database.inTransaction(session -> session.createNativeQuery("SELECT u.id, u.email, "
                        + "u.full_name, u.email_notifications, "
                        + "(SELECT COUNT(*) FROM attendance_records r JOIN attendance_sessions s ON s.id = r.session_id "
                        + "WHERE r.status = 'FLAGGED' AND (s.lecturer_id = u.id OR "
                        + CourseStaff.teaches("s.course_id").replace(":staff", "u.id") + ")), "
                        + "(SELECT COUNT(*) FROM excuses x JOIN attendance_sessions s ON s.id = x.session_id "
                        + "WHERE x.status = 'PENDING' AND (s.lecturer_id = u.id OR "
                        + CourseStaff.lectures("s.course_id").replace(":staff", "u.id") + ")) "
                        + "FROM users u WHERE u.role = 'LECTURER' AND u.is_active = TRUE "
                        + "AND (u.last_digest_on IS NULL OR u.last_digest_on < :today)", Object[].class)
                .setParameter("today", today).getResultList().stream()
                .map(row -> new Waiting(((Number) row[0]).longValue(), Boolean.TRUE.equals(row[3]) ? (String) row[1]
                        : null, (String) row[2], count(row[4]), count(row[5])))
                .toList());
        int sent = 0;
        for (Waiting waiting : due) {
            boolean mine = database.inTransaction(session -> session.createNativeMutationQuery("UPDATE users SET "
                            + "last_digest_on = :today WHERE id = :id AND (last_digest_on IS NULL OR last_digest_on "
                            + "< :today)").setParameter("today", today).setParameter("id", waiting.userId())
                    .executeUpdate() == 1);
            if (mine && waiting.email() != null && waiting.flagged() + waiting.excuses() > 0) {
                outbox.send(digestMail(waiting, today));
                sent++;
            }
        }
        return sent;
    }

    private Mailer.Mail digestMail(Waiting w, LocalDate today) {
        List<String> lines = new ArrayList<>();
        if (w.flagged() > 0) {
            lines.add(w.flagged() + (w.flagged() == 1 ? " flagged check-in waits" : " flagged check-ins wait")
                    + " for your review (Flag review in the SMAVS desktop app).");
        }
        if (w.excuses() > 0) {
            lines.add(w.excuses() + (w.excuses() == 1 ? " excuse waits" : " excuses wait")
                    + " for your decision (Excuses in the SMAVS desktop app).");
        }
        String subject = "SMAVS: " + String.join(", ", lines.stream().map(line -> line.substring(0,
                line.indexOf(" wait"))).toList()) + " (" + today + ")";
        String text = "Hello " + w.fullName() + ",\n\n" + String.join("\n", lines) + "\n\n" + footer();
        String html = "<p>Hello " + HtmlPage.escape(w.fullName()) + ",</p><ul>" + String.join("", lines.stream()
                .map(line -> "<li>" + HtmlPage.escape(line) + "</li>").toList()) + "</ul><p>"
                + HtmlPage.escape(footer()).replace("\n", "<br>") + "</p>";
        return new Mailer.Mail(w.email(), subject, text, html);
    }

    private String footer() {
        return "SMAVS, " + institution + "\nYou can switch these mails off in the app's account settings.";
    }

    private static int count(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
