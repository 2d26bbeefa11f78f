package org.smavs.server.session;

import org.smavs.model.session.UpdateSessionRequest;
import org.smavs.model.session.SessionStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.persistence.Database;

/** Lecturer use cases on sessions: create, list, read, close, expire, new code, current QR token. */
public final class SessionService {
    static final int CODE_LENGTH = 6;

    private final Database database;
    private final SessionRepository sessions;
    private final SessionAccess access;
    private final SessionMapper mapper;
    private final AbsenteeMarker absentees;
    private final QrTokens qrTokens;
    private final QrCodeImages qrImages;
    private final RandomTokens random;
    private final AuditLog audit;
    private final LiveEvents live;
    private final Clock clock;

    public SessionService(Database database, SessionRepository sessions, SessionAccess access, SessionMapper mapper,
                          AbsenteeMarker absentees, QrTokens qrTokens, QrCodeImages qrImages, RandomTokens random,
                          AuditLog audit, LiveEvents live, Clock clock) {
        this.database = database;
        this.sessions = sessions;
        this.access = access;
        this.mapper = mapper;
        this.absentees = absentees;
        this.qrTokens = qrTokens;
        this.qrImages = qrImages;
        this.random = random;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
    }

    public Session create(CreateSessionRequest request, Actor actor) {
        List<FieldError> problems = SessionRules.problems(request);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Instant now = clock.instant();
        Instant startsAt = request.startsAt() == null ? now : request.startsAt().toInstant();
        Instant endsAt = startsAt.plus(Duration.ofMinutes(request.durationMinutes()));
        if (!endsAt.isAfter(now)) {
            throw ValidationException.field("starts_at", "the session would already be over");
        }
        return database.inTransaction(session -> {
            checkCourse(session, request.courseId(), actor);
            String code = request.code() == null ? freshCode(session, now) : SessionRules.normaliseCode(request.code());
            if (request.code() != null && sessions.codeInUse(session, code, now)) {
                throw new ConflictException("SESSION_CODE_TAKEN", "Another open session already uses code " + code);
            }
            SessionEntity entity = new SessionEntity(request.title().trim(), request.courseId(), actor.userId(), code,
                    startsAt, endsAt, Boolean.TRUE.equals(request.requireFace()), random.opaque(32), now);
            entity.setGeofence(request.latitude(), request.longitude(), request.latitude() == null ? null
                    : request.radiusM() == null ? SessionRules.DEFAULT_RADIUS_M : request.radiusM());
            if (request.roomId() != null) {
                double[] room = sessions.lockRoom(session, request.roomId());
                if (room == null) {
                    throw ValidationException.field("room_id", "no room with this id");
                }
                checkBooking(session, request.roomId(), startsAt, endsAt, actor, null);
                entity.setRoomId(request.roomId());
                if (request.latitude() == null) {
                    // The room's point is copied, so moving a room later does not change past sessions.
                    entity.setGeofence(room[0], room[1], request.radiusM() == null ? room[2] : request.radiusM());
                }
            }
            session.persist(entity);
            audit.record(session, actor, "session.create", "session", entity.getId(),
                    "title=" + entity.getTitle() + ", course=" + entity.getCourseId());
            return mapper.toModel(session, entity, now);
        });
    }

    /**
     * Ends, on time, sessions whose end has passed and that nobody read since: marks their absentees (the
     * scheduled job runs this every minute). Returns how many sessions it ended.
     */
    public int endOverdue() {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            List<SessionEntity> overdue = session.createSelectionQuery("from SessionEntity s where s.absenteesMarked = false "
                            + "and (s.endsAt <= :now or s.storedState <> :open) order by s.id", SessionEntity.class)
                    .setParameter("now", now).setParameter("open", SessionEntity.OPEN).setMaxResults(500).getResultList();
            int ended = 0;
            for (SessionEntity entity : overdue) {
                if (SessionStatusPolicy.hasEnded(entity.statusAt(now))) {
                    absentees.markIfEnded(session, entity, now);
                    ended++;
                }
            }
            return ended;
        });
    }

    /** A lecturer's own sessions; an admin's list holds everyone's. */
    public List<Session> list(Actor actor, int offset, int rows) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            List<SessionEntity> page = sessions.listFor(session, actor.isAdmin() ? null : actor.userId(), offset, rows);
            page.forEach(entity -> absentees.markIfEnded(session, entity, now));
            return mapper.toModels(session, page, now);
        });
    }

    public Session get(long id, Actor actor) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, id, actor);
            absentees.markIfEnded(session, entity, now);
            return mapper.toModel(session, entity, now);
        });
    }

    /** Throws the usual 404 unless {@code actor} may see the session (used by the live WebSocket). */
    public void requireVisible(long id, Actor actor) {
        database.run(session -> access.requireVisible(session, id, actor));
    }

    public Session close(long id, Actor actor) {
        return end(id, actor, SessionEntity.CLOSED, "session.close");
    }

    public Session expire(long id, Actor actor) {
        return end(id, actor, SessionEntity.EXPIRED, "session.expire");
    }

    private Session end(long id, Actor actor, String state, String action) {
        Instant now = clock.instant();
        Session result = database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, id, actor);
            // Ending an ended (or cancelled) session again changes nothing: a double click is not an error.
            SessionStatus status = entity.statusAt(now);
            if (!SessionStatusPolicy.hasEnded(status) && status != SessionStatus.CANCELLED) {
                entity.end(state, now);
                int absent = absentees.markIfEnded(session, entity, now);
                audit.record(session, actor, action, "session", id, "absent=" + absent);
            }
            return mapper.toModel(session, entity, now);
        });
        live.publish(id, new LiveEvent("session", null, result));
        return result;
    }

    /**
     * Cancels a session that has not started: kiosks and phones refuse check-ins, it is not counted as held and
     * nobody is marked absent. A running or ended session is closed instead (422 says so).
     */
    public Session cancel(long id, Actor actor) {
        Instant now = clock.instant();
        Session result = database.inTransaction(session -> {
            SessionEntity entity = access.requireManaged(session, id, actor);
            SessionStatus status = entity.statusAt(now);
            if (status == SessionStatus.CANCELLED) {
                return mapper.toModel(session, entity, now); // cancelling twice changes nothing
            }
            if (status != SessionStatus.SCHEDULED) {
                throw new RuleViolationException("Only a session that has not started can be cancelled; end this one "
                        + "with close instead");
            }
            entity.cancel();
            audit.record(session, actor, "session.cancel", "session", id, entity.getTitle());
            return mapper.toModel(session, entity, now);
        });
        live.publish(id, new LiveEvent("session", null, result));
        return result;
    }

    /** Renames a session, or moves a session that has not started to another time or room (booking checked). */
    public Session update(long id, UpdateSessionRequest request, Actor actor) {
        if (request.title() != null && (request.title().isBlank() || request.title().length() > 200)) {
            throw ValidationException.field("title", "must be 1 to 200 characters");
        }
        if (request.durationMinutes() != null && (request.durationMinutes() < 5 || request.durationMinutes() > 600)) {
            throw ValidationException.field("duration_minutes", "must be between 5 and 600");
        }
        Instant now = clock.instant();
        Session result = database.inTransaction(session -> {
            SessionEntity entity = access.requireManaged(session, id, actor);
            SessionStatus status = entity.statusAt(now);
            boolean moves = request.startsAt() != null || request.durationMinutes() != null || request.roomId() != null;
            if (status == SessionStatus.CANCELLED) {
                throw new RuleViolationException("This session was cancelled");
            }
            if (moves && status != SessionStatus.SCHEDULED) {
                throw new RuleViolationException("Only a session that has not started can be moved to another time "
                        + "or room");
            }
            List<String> changes = new java.util.ArrayList<>();
            if (request.title() != null) {
                entity.setTitle(request.title().strip());
                changes.add("title");
            }
            if (moves) {
                Instant startsAt = request.startsAt() == null ? entity.getStartsAt() : request.startsAt().toInstant();
                Duration length = request.durationMinutes() == null
                        ? Duration.between(entity.getStartsAt(), entity.getEndsAt())
                        : Duration.ofMinutes(request.durationMinutes());
                if (!startsAt.isAfter(now)) {
                    throw ValidationException.field("starts_at", "must be in the future");
                }
                Long roomId = request.roomId() == null ? entity.getRoomId() : request.roomId();
                if (roomId != null) {
                    double[] room = sessions.lockRoom(session, roomId);
                    if (room == null) {
                        throw ValidationException.field("room_id", "no room with this id");
                    }
                    checkBooking(session, roomId, startsAt, startsAt.plus(length), actor, id);
                    if (request.roomId() != null) {
                        entity.setRoomId(roomId);
                        entity.setGeofence(room[0], room[1], room[2]);
                    }
                }
                entity.reschedule(startsAt, startsAt.plus(length));
                changes.add("time/room");
            }
            audit.record(session, actor, "session.update", "session", id, String.join(", ", changes));
            return mapper.toModel(session, entity, now);
        });
        live.publish(id, new LiveEvent("session", null, result));
        return result;
    }

    /** A new code and a new QR secret: the old code and every QR token shown so far stop working at once. */
    public Session regenerate(long id, Actor actor) {
        Instant now = clock.instant();
        Session result = database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, id, actor);
            requireNotEnded(entity, now);
            entity.setCode(freshCode(session, now));
            entity.rotateQrSecret(random.opaque(32));
            audit.record(session, actor, "session.regenerate", "session", id, null);
            return mapper.toModel(session, entity, now);
        });
        live.publish(id, new LiveEvent("session", null, result));
        return result;
    }

    public QrToken qr(long id, Actor actor) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, id, actor);
            requireNotEnded(entity, now);
            QrTokens.Issued issued = qrTokens.issue(entity.getId(), entity.getQrSecret(), now);
            return new QrToken(issued.token(), issued.expiresAt().atOffset(ZoneOffset.UTC), qrTokens.stepSeconds(),
                    entity.getCode());
        });
    }

    public byte[] qrPng(long id, Actor actor) {
        return qrImages.png(qr(id, actor).qrToken());
    }

    /**
     * A room holds one lecturer's sessions at a time: the kiosk in it follows the running session, so a session of
     * somebody else overlapping yours would take over your kiosk. A lecturer may overlap their own sessions; an
     * administrator may override a booking (audited with the sessions it overlaps).
     */
    /** {@code moving}: the session being moved (it does not collide with itself), or null for a new one. */
    void checkBooking(org.hibernate.Session session, long roomId, Instant startsAt, Instant endsAt, Actor actor,
                              Long moving) {
        List<SessionEntity> othersBookings = sessions.openInRoomDuring(session, roomId, startsAt, endsAt).stream()
                .filter(other -> other.getLecturerId() != actor.userId())
                .filter(other -> moving == null || other.getId().longValue() != moving).toList();
        if (othersBookings.isEmpty()) {
            return;
        }
        String overlapped = othersBookings.stream().map(other -> Long.toString(other.getId()))
                .collect(java.util.stream.Collectors.joining(","));
        if (actor.isAdmin()) {
            audit.record(session, actor, "session.booking_override", "room", roomId, "overlaps sessions " + overlapped);
            return;
        }
        SessionEntity first = othersBookings.get(0);
        throw new ConflictException(ErrorCodes.ROOM_BOOKED, "This room is booked by another lecturer's session from "
                + first.getStartsAt() + " to " + first.getEndsAt() + " (UTC). Choose another room or time, or ask an "
                + "administrator.");
    }

    /** A new session or meeting in the course: the actor must be one of its lecturers (or an admin). */
    void checkCourse(org.hibernate.Session session, Long courseId, Actor actor) {
        if (courseId != null) {
            access.requireCourseLecturer(session, courseId, actor);
        }
    }

    /** Reading the course's timetable: anyone who teaches it. */
    void checkCourseStaff(org.hibernate.Session session, long courseId, Actor actor) {
        access.requireCourseStaff(session, courseId, actor);
    }

    private String freshCode(org.hibernate.Session session, Instant now) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String code = random.readableCode(CODE_LENGTH);
            if (!sessions.codeInUse(session, code, now)) {
                return code;
            }
        }
        throw new IllegalStateException("Could not find a free session code");
    }

    private static void requireNotEnded(SessionEntity entity, Instant now) {
        if (SessionStatusPolicy.hasEnded(entity.statusAt(now))) {
            throw new RuleViolationException(ErrorCodes.SESSION_CLOSED, "Session " + entity.getId() + " has ended");
        }
    }
}
