package org.smavs.server.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.function.BiConsumer;
import jakarta.persistence.LockModeType;
import org.hibernate.Session;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.Role;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.user.UserEntity;

/** Decisions people take on records: confirm, reject, mark by hand, set any status. Each one is audited. */
public final class AttendanceReviewService {
    private static final int MAX_NOTE = 1000;
    private static final EnumSet<AttendanceStatus> MANUAL_STATUSES = EnumSet.of(AttendanceStatus.PRESENT,
            AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED, AttendanceStatus.REJECTED);

    private final Database database;
    private final SessionAccess access;
    private final AttendanceMapper mapper;
    private final AuditLog audit;
    private final LiveEvents live;
    private final Clock clock;

    public AttendanceReviewService(Database database, SessionAccess access, AttendanceMapper mapper, AuditLog audit,
                                   LiveEvents live, Clock clock) {
        this.database = database;
        this.access = access;
        this.mapper = mapper;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
    }

    /** flagged → present. */
    public AttendanceRecord confirm(long recordId, String note, Actor actor) {
        return decide(recordId, actor, "attendance.confirm", (record, now) -> {
            requireFlagged(record);
            record.review(AttendanceStatus.PRESENT, actor.userId(), clean(note, false), now);
        });
    }

    /** flagged → rejected; the note says why, for the student and for any appeal. */
    public AttendanceRecord reject(long recordId, String note, Actor actor) {
        String reason = clean(note, true);
        return decide(recordId, actor, "attendance.reject", (record, now) -> {
            requireFlagged(record);
            record.review(AttendanceStatus.REJECTED, actor.userId(), reason, now);
        });
    }

    public AttendanceRecord setStatus(long recordId, AttendanceStatus status, String note, Actor actor) {
        if (status == null) {
            throw ValidationException.field("status", "is required");
        }
        String cleanNote = clean(note, false);
        return decide(recordId, actor, "attendance.set_status",
                (record, now) -> record.review(status, actor.userId(), cleanNote, now));
    }

    /** The admin's force-verify: whatever the layers said, the student was there. */
    public AttendanceRecord verify(long recordId, Actor actor) {
        return decide(recordId, actor, "attendance.verify",
                (record, now) -> record.review(AttendanceStatus.PRESENT, actor.userId(), "Verified by an administrator", now));
    }

    /** Marks a student by hand (no phone, an accommodation): creates the record or overrides the existing one. */
    public AttendanceRecord markManually(long sessionId, ManualMarkRequest request, Actor actor) {
        if (request.studentId() == null) {
            throw ValidationException.field("student_id", "is required");
        }
        if (request.status() == null || !MANUAL_STATUSES.contains(request.status())) {
            throw ValidationException.field("status", "must be present, absent, excused or rejected");
        }
        String note = clean(request.note(), true);
        Instant now = clock.instant();
        AttendanceRecord result = database.inTransaction(session -> {
            SessionEntity target = access.requireVisible(session, sessionId, actor);
            UserEntity student = session.find(UserEntity.class, request.studentId());
            if (student == null || student.getRole() != Role.STUDENT) {
                throw ValidationException.field("student_id", "no student with this id");
            }
            AttendanceRecordEntity record = session.createSelectionQuery("from AttendanceRecordEntity r where "
                            + "r.sessionId = :s and r.studentId = :u", AttendanceRecordEntity.class)
                    .setParameter("s", sessionId).setParameter("u", request.studentId()).getSingleResultOrNull();
            if (record == null && !enrolled(session, target, request.studentId())) {
                // Marking is for the session's own students: otherwise any lecturer could attach any student
                // to a session of theirs (and so gain sight of their data). Audited in its own transaction.
                audit.record(actor, "access.denied", "attendance_session", sessionId,
                        "manual mark of student " + request.studentId() + " who is not enrolled");
                throw ValidationException.field("student_id", target.getCourseId() == null
                        ? "this session has no course: only students who already have a record here can be marked"
                        : "this student is not enrolled in the session's course; enrol them first");
            }
            if (record == null) {
                record = new AttendanceRecordEntity(sessionId, request.studentId(), AttendanceSource.MANUAL, now);
                session.persist(record);
            }
            record.review(request.status(), actor.userId(), note, now);
            session.flush();
            audit.record(session, actor, "attendance.manual", "attendance_record", record.getId(),
                    "student=" + request.studentId() + ", status=" + request.status().wire());
            return mapper.toModel(record, student.getFullName(), student.getStudentNumber());
        });
        live.publish(sessionId, new LiveEvent("record", result, null));
        return result;
    }

    private static boolean enrolled(Session session, SessionEntity target, long studentId) {
        return target.getCourseId() != null && session.createNativeQuery("SELECT COUNT(*) FROM course_enrolments "
                        + "WHERE course_id = :course AND student_id = :student", Long.class)
                .setParameter("course", target.getCourseId()).setParameter("student", studentId)
                .getSingleResult().longValue() > 0;
    }

    private AttendanceRecord decide(long recordId, Actor actor, String action,
                                    BiConsumer<AttendanceRecordEntity, Instant> change) {
        Instant now = clock.instant();
        AttendanceRecord result = database.inTransaction(session -> {
            AttendanceRecordEntity record = requireRecord(session, recordId, actor);
            // Two reviewers deciding the same flag at once: the row lock makes the second wait and then see the
            // first one's decision (409 NOT_FLAGGED) instead of silently overwriting it.
            session.refresh(record, LockModeType.PESSIMISTIC_WRITE);
            AttendanceStatus before = record.getStatus();
            change.accept(record, now);
            session.flush();
            audit.record(session, actor, action, "attendance_record", recordId,
                    before.wire() + "->" + record.getStatus().wire());
            UserEntity student = session.find(UserEntity.class, record.getStudentId());
            return mapper.toModel(record, student == null ? null : student.getFullName(),
                    student == null ? null : student.getStudentNumber());
        });
        live.publish(result.sessionId(), new LiveEvent("flag", result, null));
        return result;
    }

    private AttendanceRecordEntity requireRecord(Session session, long recordId, Actor actor) {
        AttendanceRecordEntity record = session.find(AttendanceRecordEntity.class, recordId);
        if (record == null) {
            throw new NotFoundException("No attendance record with id " + recordId);
        }
        access.requireVisible(session, record.getSessionId(), actor); // another lecturer's record: the same 404
        return record;
    }

    private static void requireFlagged(AttendanceRecordEntity record) {
        if (record.getStatus() != AttendanceStatus.FLAGGED) {
            throw new ConflictException("NOT_FLAGGED", "This record is no longer flagged: it is "
                    + record.getStatus().wire() + (record.getReviewedAt() == null ? ""
                    : " since a review at " + record.getReviewedAt()) + ". Reload to see the decision.");
        }
    }

    private static String clean(String note, boolean required) {
        String trimmed = note == null ? null : note.trim();
        if (trimmed == null || trimmed.isEmpty()) {
            if (required) {
                throw ValidationException.field("note", "is required: say why");
            }
            return null;
        }
        if (trimmed.length() > MAX_NOTE) {
            throw ValidationException.field("note", "must be at most " + MAX_NOTE + " characters");
        }
        return trimmed;
    }
}
