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

    /** A meeting's fields, checked: what generates its sessions. */
    private record Plan(int weekday, LocalTime time, int durationMinutes, Long roomId, LocalDate firstDate,
                        LocalDate lastDate, boolean requireFace) {
        static Plan checked(Integer weekday, String startTime, Integer durationMinutes, Long roomId, LocalDate first,
                            LocalDate last, Boolean requireFace) {
            List<org.smavs.model.error.FieldError> problems = new ArrayList<>();
            if (weekday == null || weekday < 1 || weekday > 7) {
                problems.add(new org.smavs.model.error.FieldError("weekday", "must be 1 (Monday) to 7 (Sunday)"));
            }
            LocalTime time = parseTime(startTime);
            if (time == null) {
                problems.add(new org.smavs.model.error.FieldError("start_time", "must be HH:MM"));
            }
            if (durationMinutes == null || durationMinutes < 5 || durationMinutes > 600) {
                problems.add(new org.smavs.model.error.FieldError("duration_minutes", "must be between 5 and 600"));
            }
            if (first == null || last == null || last.isBefore(first)) {
                problems.add(new org.smavs.model.error.FieldError("first_date/last_date",
                        "both are needed, the last on or after the first"));
            } else if (first.plusWeeks(MAX_WEEKS).isBefore(last)) {
                problems.add(new org.smavs.model.error.FieldError("last_date",
                        "a meeting spans at most " + MAX_WEEKS + " weeks"));
            }
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            return new Plan(weekday, time, durationMinutes, roomId, first, last, Boolean.TRUE.equals(requireFace));
        }
    }

    public Meeting addMeeting(long courseId, MeetingRequest request, Actor actor) {
        Plan plan = Plan.checked(request.weekday(), request.startTime(), request.durationMinutes(), request.roomId(),
                request.firstDate(), request.lastDate(), request.requireFace());
        ZoneId zone = ZoneId.of(timeZone.get());
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            sessions.checkCourse(session, courseId, actor);
            double[] room = lockRoom(session, plan.roomId());
            session.createNativeMutationQuery("INSERT INTO course_meetings (course_id, weekday, start_time, "
                            + "duration_minutes, room_id, first_date, last_date, require_face, time_zone, created_by, "
                            + "created_at) VALUES (:course, :weekday, :time, :minutes, :room, :first, :last, :face, "
                            + ":zone, :by, :now)")
                    .setParameter("course", courseId).setParameter("weekday", plan.weekday())
                    .setParameter("time", plan.time().toString()).setParameter("minutes", plan.durationMinutes())
                    .setParameter("room", plan.roomId()).setParameter("first", plan.firstDate())
                    .setParameter("last", plan.lastDate()).setParameter("face", plan.requireFace())
                    .setParameter("zone", zone.getId()).setParameter("by", actor.userId()).setParameter("now", now)
                    .executeUpdate();
            long meetingId = session.createNativeQuery("SELECT MAX(id) FROM course_meetings WHERE course_id = :course "
                    + "AND created_by = :by", Long.class).setParameter("course", courseId)
                    .setParameter("by", actor.userId()).getSingleResult();
            int created = 0;
            for (LocalDate date : comingDates(session, plan, zone, now)) {
                createSession(session, meetingId, courseId, plan, room, date, zone, actor, now);
                created++;
            }
            audit.record(session, actor, "timetable.meeting_added", "course", courseId, "meeting " + meetingId + ", "
                    + created + " sessions");
            return meeting(session, courseId, meetingId);
        });
    }

    /**
     * Changes a meeting (null fields keep their value). Only its sessions that have not started change: each one
     * whose date is still in the plan moves to the new time, length, room and face rule; dates no longer in it are
     * removed (cancelled instead when a student already sent an excuse for them); new dates get sessions. Sessions
     * that started or are over stay as they were, so past attendance never changes.
     */
    public Meeting updateMeeting(long meetingId, MeetingRequest request, Actor actor) {
        ZoneId zone = ZoneId.of(timeZone.get());
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            Meeting old = requireMeeting(session, meetingId, actor);
            Plan plan = Plan.checked(request.weekday() == null ? old.weekday() : request.weekday(),
                    request.startTime() == null ? old.startTime() : request.startTime(),
                    request.durationMinutes() == null ? old.durationMinutes() : request.durationMinutes(),
                    request.roomId() == null ? old.roomId() : request.roomId(),
                    request.firstDate() == null ? old.firstDate() : request.firstDate(),
                    request.lastDate() == null ? old.lastDate() : request.lastDate(),
                    request.requireFace() == null ? old.requireFace() : request.requireFace());
            double[] room = lockRoom(session, plan.roomId());
            List<LocalDate> wanted = new ArrayList<>(comingDates(session, plan, zone, now));
            int moved = 0;
            int removed = 0;
            for (SessionEntity entity : notStarted(session, meetingId, now)) {
                LocalDate date = entity.getStartsAt().atZone(zone).toLocalDate();
                if (wanted.remove(date)) {
                    Instant startsAt = MeetingDates.start(date, plan.time(), zone);
                    Instant endsAt = startsAt.plus(Duration.ofMinutes(plan.durationMinutes()));
                    if (plan.roomId() != null) {
                        sessions.checkBooking(session, plan.roomId(), startsAt, endsAt, actor, entity.getId());
                    }
                    entity.reschedule(startsAt, endsAt);
                    entity.setRequireFace(plan.requireFace());
                    placeIn(entity, plan.roomId(), room);
                    moved++;
                } else {
                    remove(session, entity);
                    removed++;
                }
            }
            for (LocalDate date : wanted) {
                createSession(session, meetingId, old.courseId(), plan, room, date, zone, actor, now);
            }
            session.createNativeMutationQuery("UPDATE course_meetings SET weekday = :weekday, start_time = :time, "
                            + "duration_minutes = :minutes, room_id = :room, first_date = :first, last_date = :last, "
                            + "require_face = :face, time_zone = :zone WHERE id = :id")
                    .setParameter("weekday", plan.weekday()).setParameter("time", plan.time().toString())
                    .setParameter("minutes", plan.durationMinutes()).setParameter("room", plan.roomId())
                    .setParameter("first", plan.firstDate()).setParameter("last", plan.lastDate())
                    .setParameter("face", plan.requireFace()).setParameter("zone", zone.getId())
                    .setParameter("id", meetingId).executeUpdate();
            audit.record(session, actor, "timetable.meeting_changed", "course", old.courseId(), "meeting " + meetingId
                    + ": " + moved + " sessions changed, " + removed + " removed, " + wanted.size() + " added");
            return meeting(session, old.courseId(), meetingId);
        });
    }

    /** Ends a meeting: its sessions that have not started are removed; held ones stay (no longer linked to it). */
    public void deleteMeeting(long meetingId, Actor actor) {
        Instant now = clock.instant();
        database.run(session -> {
            Meeting old = requireMeeting(session, meetingId, actor);
            List<SessionEntity> coming = notStarted(session, meetingId, now);
            coming.forEach(entity -> remove(session, entity));
            session.flush();
            session.createNativeMutationQuery("UPDATE attendance_sessions SET meeting_id = NULL WHERE meeting_id = :id")
                    .setParameter("id", meetingId).executeUpdate();
            session.createNativeMutationQuery("DELETE FROM course_meetings WHERE id = :id").setParameter("id", meetingId)
                    .executeUpdate();
            audit.record(session, actor, "timetable.meeting_removed", "course", old.courseId(), "meeting " + meetingId
                    + ": " + coming.size() + " coming sessions removed");
        });
    }

    private Meeting requireMeeting(Session session, long meetingId, Actor actor) {
        Long courseId = session.createNativeQuery("SELECT course_id FROM course_meetings WHERE id = :id", Long.class)
                .setParameter("id", meetingId).getSingleResultOrNull();
        if (courseId == null) {
            throw new NotFoundException("No meeting with id " + meetingId);
        }
        try {
            sessions.checkCourse(session, courseId, actor);
        } catch (ValidationException notTheirs) {
            throw new NotFoundException("No meeting with id " + meetingId); // another lecturer's: as if missing
        }
        return meeting(session, courseId, meetingId);
    }

    private static List<SessionEntity> notStarted(Session session, long meetingId, Instant now) {
        return session.createNativeQuery("SELECT s.* FROM attendance_sessions s WHERE s.meeting_id = :meeting AND "
                        + "s.starts_at > :now AND s.status <> :cancelled ORDER BY s.starts_at", SessionEntity.class)
                .setParameter("meeting", meetingId).setParameter("now", now)
                .setParameter("cancelled", SessionEntity.CANCELLED).getResultList();
    }

    /** A session that has not started leaves the timetable: deleted, or cancelled when something refers to it. */
    private void remove(Session session, SessionEntity entity) {
        long dependents = session.createNativeQuery("SELECT (SELECT COUNT(*) FROM attendance_records WHERE session_id "
                        + "= :id) + (SELECT COUNT(*) FROM excuses WHERE session_id = :id) + (SELECT COUNT(*) FROM "
                        + "kiosk_checkins WHERE session_id = :id)", Long.class).setParameter("id", entity.getId())
                .getSingleResult();
        if (dependents == 0) {
            session.remove(entity);
        } else {
            entity.cancel();
        }
    }

    private List<LocalDate> comingDates(Session session, Plan plan, ZoneId zone, Instant now) {
        Duration length = Duration.ofMinutes(plan.durationMinutes());
        // dates already over are skipped: a timetable entered mid-term does not mark anyone absent
        return MeetingDates.dates(plan.weekday(), plan.firstDate(), plan.lastDate(), holidays(session)).stream()
                .filter(date -> MeetingDates.start(date, plan.time(), zone).plus(length).isAfter(now)).toList();
    }

    private double[] lockRoom(Session session, Long roomId) {
        if (roomId == null) {
            return null;
        }
        double[] room = repository.lockRoom(session, roomId);
        if (room == null) {
            throw ValidationException.field("room_id", "no room with this id");
        }
        return room;
    }

    private void createSession(Session session, long meetingId, long courseId, Plan plan, double[] room, LocalDate date,
                               ZoneId zone, Actor actor, Instant now) {
        Instant startsAt = MeetingDates.start(date, plan.time(), zone);
        Instant endsAt = startsAt.plus(Duration.ofMinutes(plan.durationMinutes()));
        if (plan.roomId() != null) {
            sessions.checkBooking(session, plan.roomId(), startsAt, endsAt, actor, null);
        }
        SessionEntity entity = new SessionEntity(repository.courseCode(session, courseId) + " · " + date, courseId,
                actor.userId(), random.readableCode(SessionService.CODE_LENGTH), startsAt, endsAt, plan.requireFace(),
                random.opaque(32), now);
        placeIn(entity, plan.roomId(), room);
        session.persist(entity);
        session.flush();
        session.createNativeMutationQuery("UPDATE attendance_sessions SET meeting_id = :meeting WHERE id = :id")
                .setParameter("meeting", meetingId).setParameter("id", entity.getId()).executeUpdate();
    }

    private static void placeIn(SessionEntity entity, Long roomId, double[] room) {
        entity.setRoomId(roomId);
        entity.setGeofence(room == null ? null : room[0], room == null ? null : room[1], room == null ? null : room[2]);
    }

    private static Meeting meeting(Session session, long courseId, long meetingId) {
        return meetings(session, courseId).stream().filter(m -> m.id() == meetingId).findFirst().orElseThrow();
    }

    public List<Meeting> meetingsOf(long courseId, Actor actor) {
        return database.inTransaction(session -> {
            sessions.checkCourseStaff(session, courseId, actor);
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
