package org.smavs.server.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
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
    private static final Comparator<AttendanceRecord> RISKIEST_FIRST = Comparator
            .comparingInt(AttendanceRecord::riskScore).reversed().thenComparing(AttendanceRecord::submittedAt);

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

    public List<AttendanceRecord> historyOf(Actor student) {
        return database.inTransaction(session -> session.createSelectionQuery("from AttendanceRecordEntity r "
                        + "where r.studentId = :student order by r.submittedAt desc, r.id desc", AttendanceRecordEntity.class)
                .setParameter("student", student.userId()).setMaxResults(1000).getResultList().stream()
                .map(mapper::toModel).toList());
    }

    /** The roster with names and student numbers; marks absentees first if the session has ended. */
    public List<AttendanceRecord> roster(long sessionId, Actor actor) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, sessionId, actor);
            absentees.markIfEnded(session, entity, now);
            return rosterOf(session, sessionId);
        });
    }

    public List<AttendanceRecord> flagged(long sessionId, Actor actor) {
        return roster(sessionId, actor).stream().filter(r -> r.status() == AttendanceStatus.FLAGGED)
                .sorted(RISKIEST_FIRST).toList();
    }

    /** Every flagged record awaiting review, riskiest first. */
    public List<AttendanceRecord> allFlagged(int limit) {
        return database.inTransaction(session -> named(session.createSelectionQuery(
                        "select r, u.fullName, u.studentNumber from AttendanceRecordEntity r, UserEntity u "
                                + "where u.id = r.studentId and r.status = :flagged order by r.riskScore desc, r.submittedAt",
                        Object[].class).setParameter("flagged", AttendanceStatus.FLAGGED).setMaxResults(limit).getResultList()));
    }

    /** The rows in roster order (by name), for the roster view and the exports. */
    public List<AttendanceRecord> rosterOf(Session session, long sessionId) {
        return named(session.createSelectionQuery("select r, u.fullName, u.studentNumber from AttendanceRecordEntity r, "
                        + "UserEntity u where u.id = r.studentId and r.sessionId = :session order by u.fullName, r.id",
                Object[].class).setParameter("session", sessionId).getResultList());
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
