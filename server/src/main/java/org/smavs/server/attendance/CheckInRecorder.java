package org.smavs.server.attendance;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.course.CourseEnrolments;
import org.smavs.server.course.CourseEntity;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ConflictException;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.persistence.Database;
import org.smavs.server.persistence.UniqueViolations;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.upload.CheckedImage;

/**
 * The one recorder of check-ins, whichever path gathered the evidence (phone, kiosk, kiosk offline queue).
 * It owns everything that must be the same for all of them: the verdict and risk score from every layer's
 * reasons, lateness, the duplicate-face check and re-flagging of the other record, image storage (deleted
 * again when the record is not written), the database's one-record-per-student rule (409
 * {@code ALREADY_SUBMITTED}), the idempotent answer, the audit event and the live roster event.
 */
public final class CheckInRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInRecorder.class);
    /** UNIQUE (session_id, student_id) in the schema: the database decides races between two check-ins. */
    public static final String ONE_RECORD_PER_STUDENT = "uq_attendance_session_student";

    /**
     * A path's own last check, run inside the recording transaction on the locked-in session row (e.g. "the
     * session is still running", or "this kiosk check-in was not completed meanwhile"). Throwing stops the
     * recording and removes the stored images.
     */
    @FunctionalInterface
    public interface BeforeWrite {
        BeforeWrite NOTHING = (session, target) -> { };

        void check(Session session, SessionEntity target);
    }

    private final Database database;
    private final DuplicateFaceCheck duplicates;
    private final BlobStore blobs;
    private final IdempotencyService idempotency;
    private final AttendanceMapper mapper;
    private final AuditLog audit;
    private final LiveEvents live;
    private final CourseEnrolments enrolments;
    private final Clock clock;

    private final Supplier<Duration> lateAfter;

    public CheckInRecorder(Database database, DuplicateFaceCheck duplicates, BlobStore blobs,
                           IdempotencyService idempotency, AttendanceMapper mapper, AuditLog audit, LiveEvents live,
                           CourseEnrolments enrolments, Supplier<Duration> lateAfter, Clock clock) {
        this.lateAfter = lateAfter;
        this.enrolments = enrolments;
        this.database = database;
        this.duplicates = duplicates;
        this.blobs = blobs;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.audit = audit;
        this.live = live;
        this.clock = clock;
    }

    /** The stored record, and others re-flagged because they show the same face. */
    private record Written(AttendanceRecord record, List<AttendanceRecord> reflagged) {
    }

    public AttendanceRecord record(CheckInEvidence evidence, BeforeWrite beforeWrite) {
        List<String> storedKeys = new ArrayList<>();
        Written written;
        try {
            String selfieKey = store("selfies", evidence.sessionId(), evidence.selfie(), storedKeys);
            String presenceKey = store("presence", evidence.sessionId(), evidence.presenceImage(), storedKeys);
            written = database.inTransaction(session -> write(session, evidence, beforeWrite, selfieKey, presenceKey));
        } catch (RuntimeException e) {
            storedKeys.forEach(this::deleteQuietly);
            if (e instanceof DomainException refusal && ErrorCodes.NOT_ENROLLED.equals(refusal.code())) {
                // the recording transaction rolled back; the refusal is worth a trace of its own
                database.inTransaction(session -> {
                    audit.record(session, evidence.actor(), "attendance.not_enrolled", "session", evidence.sessionId(),
                            "student=" + evidence.studentId());
                    return null;
                });
            }
            if (UniqueViolations.isViolationOf(e, ONE_RECORD_PER_STUDENT)
                    || UniqueViolations.isViolationOf(e, IdempotencyService.CONSTRAINT)) {
                throw alreadyCheckedIn();
            }
            throw e;
        }
        live.publish(written.record().sessionId(), new LiveEvent("record", written.record(), null));
        written.reflagged().forEach(other -> live.publish(other.sessionId(), new LiveEvent("flag", other, null)));
        return written.record();
    }

    private Written write(Session session, CheckInEvidence evidence, BeforeWrite beforeWrite, String selfieKey,
                          String presenceKey) {
        SessionEntity target = session.find(SessionEntity.class, evidence.sessionId());
        beforeWrite.check(session, target);
        long studentId = evidence.studentId();
        List<ReasonCode> reasons = new ArrayList<>(evidence.secretFlags());
        if (!isEnrolled(session, target, studentId)) {
            CourseEntity course = session.find(CourseEntity.class, target.getCourseId());
            if (course.getUnenrolledCheckIns() == UnenrolledCheckIns.REFUSE) {
                throw new RuleViolationException(ErrorCodes.NOT_ENROLLED, "You are not enrolled in "
                        + course.getCode() + ", so this check-in cannot be recorded. Ask the course's lecturer or "
                        + "the registry to enrol you.");
            }
            reasons.add(ReasonCode.NOT_ENROLLED);
        }
        reasons.addAll(evidence.device().flags());
        reasons.addAll(evidence.location().flags());
        FaceEvidence face = evidence.face();
        float[] embedding = face == null ? null : face.embedding();
        if (face != null) {
            reasons.addAll(face.flags());
        }
        if (evidence.offline()) {
            reasons.add(ReasonCode.OFFLINE_CAPTURE);
        }
        DuplicateFaceCheck.DuplicateFaces sameFace = duplicates.matches(session, target.getId(), studentId, embedding);
        if (sameFace.found()) {
            reasons.add(ReasonCode.DUPLICATE_FACE_IN_SESSION);
        }
        CourseEntity course = target.getCourseId() == null ? null : session.find(CourseEntity.class, target.getCourseId());
        Duration late = CheckInPolicy.lateAfter(course == null ? null : course.getLateAfterMinutes(), lateAfter.get());
        if (CheckInPolicy.isLate(target.getStartsAt(), evidence.capturedAt(), late)) {
            reasons.add(ReasonCode.LATE);
        }
        CheckInPolicy.Verdict verdict = CheckInPolicy.verdict(reasons);

        AttendanceRecordEntity record = new AttendanceRecordEntity(target.getId(), studentId, evidence.source(),
                clock.instant());
        record.setVerdict(verdict.status(), verdict.flags(), verdict.riskScore());
        CheckInEvidence.LocationEvidence location = evidence.location();
        record.setLocation(location.distanceM(), location.withinGeofence(), location.accuracyM(), location.latitude(),
                location.longitude());
        record.setFace(face == null ? null : face.similarity(), face == null ? null : face.livenessScore(),
                duplicates.seal(target.getId(), studentId, embedding));
        record.setEvidence(evidence.device().deviceId(), evidence.device().kioskId(), selfieKey, presenceKey,
                evidence.capturedAt());
        session.persist(record);
        session.flush(); // the INSERT runs now: a second record fails here, before anything else is written

        List<AttendanceRecord> reflagged = new ArrayList<>();
        for (AttendanceRecordEntity other : sameFace.notYetFlagged()) {
            CheckInPolicy.Verdict updated = CheckInPolicy.withExtraReason(other.getStatus(), other.flagList(),
                    ReasonCode.DUPLICATE_FACE_IN_SESSION);
            other.setVerdict(updated.status(), updated.flags(), updated.riskScore());
            reflagged.add(mapper.toModelWithStudent(session, other));
        }
        audit.record(session, evidence.actor(), auditAction(evidence), "attendance_record", record.getId(),
                "session=" + target.getId() + ", student=" + studentId + ", status=" + verdict.status().wire()
                        + ", flags=" + verdict.flags());
        AttendanceRecord model = mapper.toModelWithStudent(session, record);
        idempotency.remember(session, evidence.idempotency(), model);
        return new Written(model, reflagged);
    }

    /** Sessions without a course have no list to check against: anyone with the code may check in. */
    private boolean isEnrolled(Session session, SessionEntity target, long studentId) {
        return target.getCourseId() == null || enrolments.isEnrolled(session, target.getCourseId(), studentId);
    }

    private static String auditAction(CheckInEvidence evidence) {
        if (evidence.source() == AttendanceSource.MOBILE) {
            return "attendance.submit";
        }
        return evidence.offline() ? "attendance.kiosk_offline" : "attendance.kiosk";
    }

    private String store(String folder, long sessionId, CheckedImage image, List<String> storedKeys) {
        if (image == null) {
            return null;
        }
        String key = folder + "/" + sessionId + "/" + UUID.randomUUID() + "." + image.extension();
        blobs.put(key, image.data(), image.contentType());
        storedKeys.add(key);
        return key;
    }

    private void deleteQuietly(String key) {
        try {
            blobs.delete(key);
        } catch (RuntimeException e) {
            // an orphaned image costs storage only, never correctness
            LOG.warn("Could not delete the image {} of a check-in that was not recorded", key, e);
        }
    }

    public static ConflictException alreadyCheckedIn() {
        return new ConflictException(ErrorCodes.ALREADY_SUBMITTED, "You are already checked in for this session");
    }
}
