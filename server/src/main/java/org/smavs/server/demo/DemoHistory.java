package org.smavs.server.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.hibernate.Session;
import org.smavs.server.crypto.PasswordHasher;

/**
 * A month of past teaching for the development demo, so the first screens a newcomer sees are alive: eight more
 * students, a second course, a term with a holiday, weekly meetings for CS101 (Mondays 10:00) and MA120 (Thursdays
 * 14:00, UTC), four weeks of closed sessions with realistic records — mostly present, some late, flagged, excused
 * (with the approved excuse) and absent — and the next two weeks scheduled. Deterministic (a fixed seed); only for
 * an empty database in development (never in tests, never in production).
 */
final class DemoHistory {
    private static final String[][] STUDENTS = {
            {"amara.okafor@smavs.com", "Amara Okafor", "S1002"}, {"ben.hughes@smavs.com", "Ben Hughes", "S1003"},
            {"chloe.martin@smavs.com", "Chloé Martin", "S1004"}, {"dev.patel@smavs.com", "Dev Patel", "S1005"},
            {"emil.novak@smavs.com", "Emil Novak", "S1006"}, {"fatima.zahra@smavs.com", "Fatima Zahra", "S1007"},
            {"gus.moreno@smavs.com", "Gus Moreno", "S1008"}, {"hana.sato@smavs.com", "Hana Sato", "S1009"}};

    private final Random random = new Random(20261204L);

    void seed(Session session, Instant now) {
        for (String[] student : STUDENTS) {
            session.createNativeMutationQuery("INSERT INTO users (email, password_hash, full_name, role, is_active, "
                            + "student_number, failed_logins, created_at) VALUES (:email, :hash, :name, 'STUDENT', TRUE, "
                            + ":number, 0, :now)").setParameter("email", student[0])
                    .setParameter("hash", PasswordHasher.NO_PASSWORD).setParameter("name", student[1])
                    .setParameter("number", student[2]).setParameter("now", now).executeUpdate();
        }
        session.createNativeMutationQuery("INSERT INTO courses (code, name, lecturer_id, created_at) SELECT 'MA120', "
                + "'Discrete Mathematics', id, :now FROM users WHERE email = 'lecturer@smavs.com'")
                .setParameter("now", now).executeUpdate();
        session.createNativeMutationQuery("INSERT INTO course_enrolments (course_id, student_id) SELECT c.id, u.id FROM "
                + "courses c, users u WHERE u.role = 'STUDENT' AND NOT EXISTS (SELECT 1 FROM course_enrolments e WHERE "
                + "e.course_id = c.id AND e.student_id = u.id)").executeUpdate();
        LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate termStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(8);
        LocalDate holiday = today.with(TemporalAdjusters.previous(DayOfWeek.MONDAY)).minusWeeks(2);
        session.createNativeMutationQuery("INSERT INTO terms (name, starts_on, ends_on, holidays, created_at) VALUES "
                        + "('Demo term', :start, :end, :holiday, :now)").setParameter("start", termStart)
                .setParameter("end", termStart.plusWeeks(12)).setParameter("holiday", holiday.toString())
                .setParameter("now", now).executeUpdate();
        long lecturer = id(session, "SELECT id FROM users WHERE email = 'lecturer@smavs.com'");
        long room = id(session, "SELECT MIN(id) FROM rooms");
        List<Long> students = session.createNativeQuery("SELECT id FROM users WHERE role = 'STUDENT' ORDER BY id",
                Long.class).getResultList();
        teach(session, "CS101", DayOfWeek.MONDAY, LocalTime.of(10, 0), room, lecturer, students, today, holiday, now);
        teach(session, "MA120", DayOfWeek.THURSDAY, LocalTime.of(14, 0), null, lecturer, students, today, holiday, now);
    }

    /** Four weeks back and two ahead of one weekly meeting; past sessions closed with their records. */
    private void teach(Session session, String course, DayOfWeek day, LocalTime time, Long room, long lecturer,
                       List<Long> students, LocalDate today, LocalDate holiday, Instant now) {
        long courseId = id(session, "SELECT id FROM courses WHERE code = '" + course + "'");
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(day)).minusWeeks(4);
        LocalDate last = first.plusWeeks(6);
        session.createNativeMutationQuery("INSERT INTO course_meetings (course_id, weekday, start_time, duration_minutes, "
                        + "room_id, first_date, last_date, require_face, time_zone, created_by, created_at) VALUES "
                        + "(:course, :weekday, :time, 60, :room, :first, :last, FALSE, 'UTC', :by, :now)")
                .setParameter("course", courseId).setParameter("weekday", day.getValue())
                .setParameter("time", time.toString()).setParameter("room", room).setParameter("first", first)
                .setParameter("last", last).setParameter("by", lecturer).setParameter("now", now).executeUpdate();
        long meeting = id(session, "SELECT MAX(id) FROM course_meetings");
        int week = 0;
        for (LocalDate date = first; !date.isAfter(last); date = date.plusWeeks(1)) {
            week++;
            if (date.equals(holiday)) {
                continue;
            }
            Instant start = date.atTime(time).toInstant(ZoneOffset.UTC);
            Instant end = start.plus(Duration.ofHours(1));
            if (!end.isBefore(now) && start.isBefore(now)) {
                continue; // running right now: leave "today" to the person trying the demo
            }
            boolean past = end.isBefore(now);
            session.createNativeMutationQuery("INSERT INTO attendance_sessions (title, course_id, lecturer_id, code, "
                            + "status, starts_at, ends_at, latitude, longitude, radius_m, require_face, room_id, qr_secret, "
                            + "absentees_marked, created_at, closed_at, meeting_id) VALUES (:title, :course, :lecturer, "
                            + ":code, :status, :start, :end, :lat, :lon, :radius, FALSE, :room, :secret, :marked, :created, "
                            + ":closed, :meeting)")
                    .setParameter("title", course + " · week " + week).setParameter("course", courseId)
                    .setParameter("lecturer", lecturer).setParameter("code", code())
                    .setParameter("status", past ? "closed" : "open").setParameter("start", start)
                    .setParameter("end", end).setParameter("lat", room == null ? null : DemoData.DEMO_LATITUDE)
                    .setParameter("lon", room == null ? null : DemoData.DEMO_LONGITUDE)
                    .setParameter("radius", room == null ? null : 60.0).setParameter("room", room)
                    .setParameter("secret", Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()))
                    .setParameter("marked", past).setParameter("created", start.minus(Duration.ofDays(7)))
                    .setParameter("closed", past ? end : null).setParameter("meeting", meeting).executeUpdate();
            if (past) {
                long sessionId = id(session, "SELECT MAX(id) FROM attendance_sessions");
                for (long student : students) {
                    record(session, sessionId, student, start, lecturer);
                }
            }
        }
    }

    /** One student's record: about 70 % present (one in ten of them late), 10 % flagged, 8 % excused, the rest absent. */
    private void record(Session session, long sessionId, long student, Instant start, long lecturer) {
        int roll = random.nextInt(100);
        String status;
        String flags = "";
        int risk = 0;
        String source = "MOBILE";
        Instant at = start.plus(Duration.ofMinutes(2 + random.nextInt(8)));
        if (roll < 63) {
            status = "PRESENT";
        } else if (roll < 70) {
            status = "PRESENT";
            flags = "LATE";
            risk = 5;
            at = start.plus(Duration.ofMinutes(18 + random.nextInt(20)));
        } else if (roll < 80) {
            status = "FLAGGED";
            flags = "OUTSIDE_GEOFENCE";
            risk = 40;
        } else if (roll < 88) {
            status = "EXCUSED";
            source = "MANUAL";
            at = start;
        } else {
            status = "ABSENT";
            source = "MANUAL";
            at = start.plus(Duration.ofHours(1));
        }
        session.createNativeMutationQuery("INSERT INTO attendance_records (session_id, student_id, status, flags, "
                        + "risk_score, source, submitted_at, reviewed_by, reviewed_at, review_note) VALUES (:session, "
                        + ":student, :status, :flags, :risk, :source, :at, :by, :reviewed, :note)")
                .setParameter("session", sessionId).setParameter("student", student).setParameter("status", status)
                .setParameter("flags", flags).setParameter("risk", risk).setParameter("source", source)
                .setParameter("at", at).setParameter("by", status.equals("EXCUSED") ? lecturer : null)
                .setParameter("reviewed", status.equals("EXCUSED") ? at : null)
                .setParameter("note", status.equals("EXCUSED") ? "Excused: doctor's note seen" : null).executeUpdate();
        if (status.equals("EXCUSED")) {
            session.createNativeMutationQuery("INSERT INTO excuses (session_id, student_id, reason, status, decided_by, "
                            + "decided_at, note, created_at) VALUES (:session, :student, 'Ill with flu', 'APPROVED', :by, "
                            + ":at, 'Doctor''s note seen', :at)").setParameter("session", sessionId)
                    .setParameter("student", student).setParameter("by", lecturer).setParameter("at", at).executeUpdate();
        }
    }

    private String code() {
        String letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        StringBuilder code = new StringBuilder("D");
        for (int i = 0; i < 5; i++) {
            code.append(letters.charAt(random.nextInt(letters.length())));
        }
        return code.toString();
    }

    private static long id(Session session, String sql) {
        return ((Number) session.createNativeQuery(sql, Object.class).getSingleResult()).longValue();
    }
}
