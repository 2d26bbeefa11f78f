package org.smavs.server.session;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;
import org.smavs.model.timetable.Term;
import org.smavs.model.timetable.TermRequest;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;

/**
 * Terms and weekly timetables. A meeting generates one session per week in its date range at the same wall-clock
 * time in the institution's time zone ({@link MeetingDates}), skipping every term's holidays and the dates already
 * over; all of them or none (a room booked by another lecturer on one date refuses the whole meeting with 409).
 * Generated sessions open and close by their times like any other, and kiosks in the room pick them up.
 */
public final class TimetableService {
    private static final int MAX_WEEKS = 60;

    private final Database database;
    private final SessionService sessions;
    private final SessionRepository repository;
    private final RandomTokens random;
    private final AuditLog audit;
    private final Supplier<String> timeZone;
    private final Clock clock;

    public TimetableService(Database database, SessionService sessions, SessionRepository repository,
                            RandomTokens random, AuditLog audit, Supplier<String> timeZone, Clock clock) {
        this.database = database;
        this.sessions = sessions;
        this.repository = repository;
        this.random = random;
        this.audit = audit;
        this.timeZone = timeZone;
        this.clock = clock;
    }

    public Meeting addMeeting(long courseId, MeetingRequest request, Actor actor) {
        List<String> problems = new ArrayList<>();
        if (request.weekday() == null || request.weekday() < 1 || request.weekday() > 7) {
            problems.add("weekday: must be 1 (Monday) to 7 (Sunday)");
        }
        LocalTime time = parseTime(request.startTime());
        if (time == null) {
            problems.add("start_time: must be HH:MM");
        }
        if (request.durationMinutes() == null || request.durationMinutes() < 5 || request.durationMinutes() > 600) {
            problems.add("duration_minutes: must be between 5 and 600");
        }
        if (request.firstDate() == null || request.lastDate() == null || request.lastDate().isBefore(request.firstDate())) {
            problems.add("first_date/last_date: both are needed, the last on or after the first");
        } else if (request.firstDate().plusWeeks(MAX_WEEKS).isBefore(request.lastDate())) {
            problems.add("last_date: a meeting spans at most " + MAX_WEEKS + " weeks");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream().map(text -> new org.smavs.model.error.FieldError(
                    text.substring(0, text.indexOf(':')), text.substring(text.indexOf(':') + 2))).toList());
        }
        ZoneId zone = ZoneId.of(timeZone.get());
        Instant now = clock.instant();
        Duration length = Duration.ofMinutes(request.durationMinutes());
        return database.inTransaction(session -> {
            sessions.checkCourse(session, courseId, actor);
            String code = repository.courseCode(session, courseId);
            double[] room = null;
            if (request.roomId() != null) {
                room = repository.lockRoom(session, request.roomId());
                if (room == null) {
                    throw ValidationException.field("room_id", "no room with this id");
                }
            }
            session.createNativeMutationQuery("INSERT INTO course_meetings (course_id, weekday, start_time, "
                            + "duration_minutes, room_id, first_date, last_date, require_face, time_zone, created_by, "
                            + "created_at) VALUES (:course, :weekday, :time, :minutes, :room, :first, :last, :face, "
                            + ":zone, :by, :now)")
                    .setParameter("course", courseId).setParameter("weekday", request.weekday())
                    .setParameter("time", time.toString()).setParameter("minutes", request.durationMinutes())
                    .setParameter("room", request.roomId()).setParameter("first", request.firstDate())
                    .setParameter("last", request.lastDate()).setParameter("face", Boolean.TRUE.equals(request.requireFace()))
                    .setParameter("zone", zone.getId()).setParameter("by", actor.userId()).setParameter("now", now)
                    .executeUpdate();
            long meetingId = session.createNativeQuery("SELECT MAX(id) FROM course_meetings WHERE course_id = :course "
                    + "AND created_by = :by", Long.class).setParameter("course", courseId)
                    .setParameter("by", actor.userId()).getSingleResult();
            int created = 0;
            for (LocalDate date : MeetingDates.dates(request.weekday(), request.firstDate(), request.lastDate(),
                    holidays(session))) {
                Instant startsAt = MeetingDates.start(date, time, zone);
                Instant endsAt = startsAt.plus(length);
                if (!endsAt.isAfter(now)) {
                    continue; // already over: a timetable entered mid-term does not mark anyone absent
                }
                if (request.roomId() != null) {
                    sessions.checkBooking(session, request.roomId(), startsAt, endsAt, actor, null);
                }
                SessionEntity entity = new SessionEntity(code + " · " + date, courseId, actor.userId(),
                        random.readableCode(SessionService.CODE_LENGTH), startsAt, endsAt,
                        Boolean.TRUE.equals(request.requireFace()), random.opaque(32), now);
                if (room != null) {
                    entity.setRoomId(request.roomId());
                    entity.setGeofence(room[0], room[1], room[2]);
                }
                session.persist(entity);
                session.flush();
                session.createNativeMutationQuery("UPDATE attendance_sessions SET meeting_id = :meeting WHERE id = :id")
                        .setParameter("meeting", meetingId).setParameter("id", entity.getId()).executeUpdate();
                created++;
            }
            audit.record(session, actor, "timetable.meeting_added", "course", courseId, "meeting " + meetingId + ", "
                    + created + " sessions");
            return meetings(session, courseId).stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow();
        });
    }

    public List<Meeting> meetingsOf(long courseId, Actor actor) {
        return database.inTransaction(session -> {
            sessions.checkCourse(session, courseId, actor);
            return meetings(session, courseId);
        });
    }

    public List<Term> terms() {
        return database.inTransaction(TimetableService::allTerms);
    }

    public Term addTerm(TermRequest request, Actor admin) {
        checkTerm(request.name(), request.startsOn(), request.endsOn(), request.holidays());
        return database.inTransaction(session -> {
            session.createNativeMutationQuery("INSERT INTO terms (name, starts_on, ends_on, holidays, created_at) "
                            + "VALUES (:name, :start, :end, :holidays, :now)").setParameter("name", request.name().strip())
                    .setParameter("start", request.startsOn()).setParameter("end", request.endsOn())
                    .setParameter("holidays", joined(request.holidays())).setParameter("now", clock.instant())
                    .executeUpdate();
            long id = session.createNativeQuery("SELECT MAX(id) FROM terms", Long.class).getSingleResult();
            audit.record(session, admin, "timetable.term_added", "term", id, request.name());
            return allTerms(session).stream().filter(term -> term.id() == id).findFirst().orElseThrow();
        });
    }

    public Term updateTerm(long id, TermRequest request, Actor admin) {
        return database.inTransaction(session -> {
            Term old = allTerms(session).stream().filter(term -> term.id() == id).findFirst()
                    .orElseThrow(() -> new NotFoundException("No term with id " + id));
            Term merged = new Term(id, request.name() == null ? old.name() : request.name().strip(),
                    request.startsOn() == null ? old.startsOn() : request.startsOn(),
                    request.endsOn() == null ? old.endsOn() : request.endsOn(),
                    request.holidays() == null ? old.holidays() : request.holidays());
            checkTerm(merged.name(), merged.startsOn(), merged.endsOn(), merged.holidays());
            session.createNativeMutationQuery("UPDATE terms SET name = :name, starts_on = :start, ends_on = :end, "
                            + "holidays = :holidays WHERE id = :id").setParameter("name", merged.name())
                    .setParameter("start", merged.startsOn()).setParameter("end", merged.endsOn())
                    .setParameter("holidays", joined(merged.holidays())).setParameter("id", id).executeUpdate();
            audit.record(session, admin, "timetable.term_updated", "term", id, merged.name());
            return merged;
        });
    }

    private static void checkTerm(String name, LocalDate start, LocalDate end, List<LocalDate> holidays) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ValidationException.field("name", "must be 1 to 200 characters");
        }
        if (start == null || end == null || end.isBefore(start)) {
            throw ValidationException.field("ends_on", "starts_on and ends_on are needed, the end on or after the start");
        }
        if (holidays != null && holidays.size() > 300) {
            throw ValidationException.field("holidays", "at most 300 dates");
        }
    }

    private static Set<LocalDate> holidays(Session session) {
        Set<LocalDate> all = new HashSet<>();
        allTerms(session).forEach(term -> all.addAll(term.holidays()));
        return all;
    }

    private static List<Term> allTerms(Session session) {
        return session.createNativeQuery("SELECT id, name, starts_on, ends_on, holidays FROM terms ORDER BY starts_on, "
                        + "id", Object[].class).getResultList().stream()
                .map(row -> new Term(((Number) row[0]).longValue(), (String) row[1], date(row[2]), date(row[3]),
                        ((String) row[4]).isBlank() ? List.of() : Arrays.stream(((String) row[4]).split(","))
                                .map(LocalDate::parse).toList())).toList();
    }

    private static List<Meeting> meetings(Session session, long courseId) {
        return session.createNativeQuery("SELECT m.id, m.course_id, m.weekday, m.start_time, m.duration_minutes, "
                        + "m.room_id, m.first_date, m.last_date, m.require_face, (SELECT COUNT(*) FROM "
                        + "attendance_sessions s WHERE s.meeting_id = m.id) FROM course_meetings m WHERE m.course_id = "
                        + ":course ORDER BY m.weekday, m.start_time, m.id", Object[].class)
                .setParameter("course", courseId).getResultList().stream()
                .map(row -> new Meeting(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                        ((Number) row[2]).intValue(), (String) row[3], ((Number) row[4]).intValue(),
                        row[5] == null ? null : ((Number) row[5]).longValue(), date(row[6]), date(row[7]),
                        (Boolean) row[8], ((Number) row[9]).intValue())).toList();
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    private static String joined(List<LocalDate> dates) {
        return dates == null ? "" : dates.stream().distinct().sorted().map(LocalDate::toString)
                .collect(Collectors.joining(","));
    }

    private static LocalTime parseTime(String text) {
        if (text == null || !text.matches("\\d{2}:\\d{2}")) {
            return null;
        }
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
