package org.smavs.server.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.AbsenteeMarker;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.storage.BlobStore;

/** Read use cases on records: a student's history, a session's roster and flags, the admin's flag queue, selfies. */
public final class AttendanceQueries {
    private final Database database;
    private final SessionAccess access;
    private final AbsenteeMarker absentees;
    private final AttendanceMapper mapper;
    private final BlobStore blobs;
    private final Clock clock;

    public AttendanceQueries(Database database, SessionAccess access, AbsenteeMarker absentees, AttendanceMapper mapper,
                             BlobStore blobs, Clock clock) {
        this.database = database;
        this.access = access;
        this.absentees = absentees;
        this.mapper = mapper;
        this.blobs = blobs;
        this.clock = clock;
    }

    /** An image and its type. */
    public record Image(byte[] data, String contentType) {
    }

    /**
     * The student's own records, newest first, each with its session's title, course code and start (one query);
     * {@code rows} from {@code offset} (see PageRequest).
     */
    public List<AttendanceRecord> historyOf(Actor student, int offset, int rows) {
        return database.inTransaction(session -> session.createSelectionQuery("select r, s.title, c.code, s.startsAt "
                        + "from AttendanceRecordEntity r join SessionEntity s on s.id = r.sessionId "
                        + "left join CourseEntity c on c.id = s.courseId where r.studentId = :student "
                        + "order by r.submittedAt desc, r.id desc", Object[].class)
                .setParameter("student", student.userId()).setFirstResult(offset).setMaxResults(rows).getResultList()
                .stream().map(row -> mapper.toModel((AttendanceRecordEntity) row[0]).withSession((String) row[1],
                        (String) row[2], ((Instant) row[3]).atOffset(java.time.ZoneOffset.UTC))).toList());
    }

    /**
     * The held/present/excused/absent/flagged figures of each course the student is enrolled in (one query). Held
     * counts the ended sessions the student has a record in: everyone enrolled gets one when a session ends (absent
     * if nothing else), so a student who joins a course mid-term is not counted absent from sessions before that.
     */
    public List<org.smavs.model.attendance.CourseAttendance> coursesOf(Actor student, int thresholdPercent) {
        Instant now = clock.instant();
        return database.inTransaction(session -> session.createNativeQuery("SELECT c.id, c.code, c.name, "
                        + "COUNT(r.id), "
                        + "SUM(CASE WHEN r.status = 'PRESENT' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.status = 'EXCUSED' THEN 1 ELSE 0 END), "
                        + "SUM(CASE WHEN r.status = 'FLAGGED' THEN 1 ELSE 0 END) "
                        + "FROM course_enrolments e JOIN courses c ON c.id = e.course_id "
                        + "LEFT JOIN attendance_sessions s ON s.course_id = c.id "
                        + "AND (s.ends_at <= :now OR s.closed_at IS NOT NULL) AND s.status <> 'cancelled' "
                        + "LEFT JOIN attendance_records r ON r.session_id = s.id AND r.student_id = e.student_id "
                        + "WHERE e.student_id = :student GROUP BY c.id, c.code, c.name ORDER BY c.code", Object[].class)
                .setParameter("now", now).setParameter("student", student.userId()).getResultList().stream()
                .map(row -> CourseFigures.of(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                        number(row[3]), number(row[4]), number(row[5]), number(row[6]), thresholdPercent))
                .toList());
    }

    private static int number(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** The roster with names and student numbers; marks absentees first if the session has ended. */
    public List<AttendanceRecord> roster(long sessionId, Actor actor, int offset, int rows) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, sessionId, actor);
            absentees.markIfEnded(session, entity, now);
            return named(rosterQuery(session, sessionId).setFirstResult(offset).setMaxResults(rows).getResultList());
        });
    }

    /** The session's flagged records, riskiest first. */
    public List<AttendanceRecord> flagged(long sessionId, Actor actor, int offset, int rows) {
        return database.inTransaction(session -> {
            access.requireVisible(session, sessionId, actor);
            return named(session.createSelectionQuery("select r, u.fullName, u.studentNumber from AttendanceRecordEntity r, "
                            + "UserEntity u where u.id = r.studentId and r.sessionId = :session and r.status = :flagged "
                            + "order by r.riskScore desc, r.submittedAt, r.id", Object[].class)
                    .setParameter("session", sessionId).setParameter("flagged", AttendanceStatus.FLAGGED)
                    .setFirstResult(offset).setMaxResults(rows).getResultList());
        });
    }

    /** Every flagged record awaiting review, riskiest first. */
    public List<AttendanceRecord> allFlagged(int offset, int rows) {
        return database.inTransaction(session -> named(session.createSelectionQuery(
                        "select r, u.fullName, u.studentNumber from AttendanceRecordEntity r, UserEntity u "
                                + "where u.id = r.studentId and r.status = :flagged order by r.riskScore desc, "
                                + "r.submittedAt, r.id", Object[].class)
                .setParameter("flagged", AttendanceStatus.FLAGGED).setFirstResult(offset).setMaxResults(rows)
                .getResultList()));
    }

    /** All rows in roster order (by name), for the exports. */
    public List<AttendanceRecord> rosterOf(Session session, long sessionId) {
        return named(rosterQuery(session, sessionId).getResultList());
    }

    /** The rosters of several sessions (a course over a term) in one query, each in roster order. */
    public Map<Long, List<AttendanceRecord>> rostersOf(Session session, List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        List<AttendanceRecord> rows = named(session.createSelectionQuery("select r, u.fullName, u.studentNumber "
                        + "from AttendanceRecordEntity r, UserEntity u where u.id = r.studentId and r.sessionId in :sessions "
                        + "order by r.sessionId, u.fullName, r.id", Object[].class)
                .setParameterList("sessions", sessionIds).getResultList());
        return rows.stream().collect(Collectors.groupingBy(AttendanceRecord::sessionId, LinkedHashMap::new,
                Collectors.toList()));
    }

    private static org.hibernate.query.SelectionQuery<Object[]> rosterQuery(Session session, long sessionId) {
        return session.createSelectionQuery("select r, u.fullName, u.studentNumber from AttendanceRecordEntity r, "
                        + "UserEntity u where u.id = r.studentId and r.sessionId = :session order by u.fullName, r.id",
                Object[].class).setParameter("session", sessionId);
    }

    public Image selfie(long recordId, Actor actor) {
        String key = database.inTransaction(session -> {
            AttendanceRecordEntity record = session.find(AttendanceRecordEntity.class, recordId);
            if (record == null) {
                throw new NotFoundException("No attendance record with id " + recordId);
            }
            access.requireVisible(session, record.getSessionId(), actor);
            return record.getSelfieKey();
        });
        if (key == null) {
            throw new NotFoundException("This record has no selfie (none was sent, or it was purged)");
        }
        return new Image(blobs.get(key), key.endsWith(".png") ? "image/png" : "image/jpeg");
    }

    private List<AttendanceRecord> named(List<Object[]> rows) {
        return rows.stream().map(row -> mapper.toModel((AttendanceRecordEntity) row[0], (String) row[1], (String) row[2]))
                .toList();
    }
}
