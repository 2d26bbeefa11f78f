package org.smavs.server.attendance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Actor;
import org.smavs.server.device.DevicePolicy;
import org.smavs.server.device.DeviceService;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.idempotency.IdempotencyService.StoredResponse;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.persistence.Database;
import org.smavs.server.persistence.UniqueViolations;
import org.smavs.server.session.QrTokens;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;

/**
 * POST /students/attendance: checks the uploads, resolves the session (422 when the secret is wrong or the
 * session is not running), runs the slow face layer outside any transaction, then stores one record with all
 * layers' reasons in one transaction. The database's UNIQUE (session, student) decides races: the loser gets
 * 409 {@code ALREADY_SUBMITTED}, or, with the same Idempotency-Key, the winner's answer.
 */
public final class AttendanceSubmissionService {
    private static final Logger LOG = LoggerFactory.getLogger(AttendanceSubmissionService.class);
    private static final String RECORD_CONSTRAINT = "uq_attendance_session_student";

    private final Database database;
    private final SessionResolver resolver;
    private final DeviceService devices;
    private final FaceLayer faceLayer;
    private final DuplicateFaceCheck duplicates;
    private final ImageUploads uploads;
    private final BlobStore blobs;
    private final IdempotencyService idempotency;
    private final AttendanceMapper mapper;
    private final AuditLog audit;
    private final LiveEvents live;
    private final QrTokens qrTokens;
    private final boolean storeRawCoordinates;
    private final ObjectMapper json;
    private final Clock clock;

    public AttendanceSubmissionService(Database database, SessionResolver resolver, DeviceService devices,
                                       FaceLayer faceLayer, DuplicateFaceCheck duplicates, ImageUploads uploads,
                                       BlobStore blobs, IdempotencyService idempotency, AttendanceMapper mapper,
                                       AuditLog audit, LiveEvents live, QrTokens qrTokens,
                                       boolean storeRawCoordinates, ObjectMapper json, Clock clock) {
        this.database = database;
        this.resolver = resolver;
        this.devices = devices;
        this.faceLayer = faceLayer;
        this.duplicates = duplicates;
        this.uploads = uploads;
        this.blobs = blobs;
        this.idempotency = idempotency;
        this.mapper = mapper;
        this.audit = audit;
        this.live = live;
        this.qrTokens = qrTokens;
        this.storeRawCoordinates = storeRawCoordinates;
        this.json = json;
        this.clock = clock;
    }

    private record Stored(StoredResponse response, AttendanceRecord record, List<AttendanceRecord> reflagged) {
    }

    public StoredResponse submit(SubmissionForm form, Actor actor, String idempotencyKey) {
        String scope = "attendance:" + actor.userId();
        String hash = form.fingerprint();
        Optional<StoredResponse> earlier = idempotency.replay(scope, idempotencyKey, hash);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            Stored stored = evaluateAndStore(form, actor, scope, idempotencyKey, hash);
            live.publish(stored.record().sessionId(), new LiveEvent("record", stored.record(), null));
            stored.reflagged().forEach(other -> live.publish(other.sessionId(), new LiveEvent("flag", other, null)));
            return stored.response();
        } catch (ConflictException e) {
            // A concurrent retry with the same key may have won the race: answer as it did.
            return idempotency.replay(scope, idempotencyKey, hash).orElseThrow(() -> e);
        }
    }

    private Stored evaluateAndStore(SubmissionForm form, Actor actor, String scope, String key, String hash) {
        validate(form);
        CheckedImage selfie = form.selfie() == null ? null : uploads.check("selfie", form.selfie());
        CheckedImage presence = form.presenceImage() == null ? null : uploads.check("presence_image", form.presenceImage());
        Instant now = clock.instant();
        SessionResolver.Target target = database.inTransaction(session -> {
            SessionResolver.Target resolved = resolver.resolve(session, form, now);
            if (hasRecord(session, resolved.session().getId(), actor.userId())) {
                throw alreadySubmitted(); // cheap early answer; the constraint below is what guarantees it
            }
            return resolved;
        });
        SessionEntity sessionRow = target.session();
        if (sessionRow.isRequireFace() && selfie == null) {
            throw ValidationException.field("selfie", "is required: this session verifies faces");
        }
        FaceLayer.FaceEvidence face = sessionRow.isRequireFace() ? faceLayer.evaluate(actor.userId(), selfie.data()) : null;
        List<String> storedKeys = new ArrayList<>();
        String selfieKey = store("selfies", sessionRow.getId(), selfie, storedKeys);
        String presenceKey = store("presence", sessionRow.getId(), presence, storedKeys);
        try {
            return database.inTransaction(session -> persist(session, form, actor, target, face, selfieKey, presenceKey,
                    now, scope, key, hash));
        } catch (RuntimeException e) {
            storedKeys.forEach(this::deleteQuietly);
            if (UniqueViolations.isViolationOf(e, RECORD_CONSTRAINT) || UniqueViolations.isViolationOf(e, "uq_idempotency")) {
                throw alreadySubmitted();
            }
            throw e;
        }
    }

    private Stored persist(Session session, SubmissionForm form, Actor actor, SessionResolver.Target target,
                           FaceLayer.FaceEvidence face, String selfieKey, String presenceKey, Instant now,
                           String scope, String key, String hash) {
        SessionEntity sessionRow = session.find(SessionEntity.class, target.session().getId());
        SessionResolver.requireRunning(sessionRow, now); // it may have been closed while the face layer ran
        long studentId = actor.userId();
        List<ReasonCode> reasons = new ArrayList<>(target.flags());
        GeofencePolicy.Result location = GeofencePolicy.evaluate(sessionRow.getLatitude(), sessionRow.getLongitude(),
                sessionRow.getRadiusM(), form.latitude(), form.longitude(), form.accuracyM());
        reasons.addAll(location.flags());
        DevicePolicy.Binding binding = devices.binding(session, studentId);
        reasons.addAll(DevicePolicy.evaluate(binding, form.imei(), form.deviceSignature(), sessionRow.getId(), studentId,
                acceptedSteps(now), now));
        float[] embedding = face == null ? null : face.embedding();
        if (face != null) {
            reasons.addAll(face.flags());
        }
        List<AttendanceRecordEntity> sameFace = duplicates.matches(session, sessionRow.getId(), studentId, embedding);
        if (!sameFace.isEmpty()) {
            reasons.add(ReasonCode.DUPLICATE_FACE_IN_SESSION);
        }
        if (CheckInPolicy.isLate(sessionRow.getStartsAt(), now)) {
            reasons.add(ReasonCode.LATE);
        }
        CheckInPolicy.Verdict verdict = CheckInPolicy.verdict(reasons);

        AttendanceRecordEntity record = new AttendanceRecordEntity(sessionRow.getId(), studentId, AttendanceSource.MOBILE, now);
        record.setVerdict(verdict.status(), verdict.flags(), verdict.riskScore());
        record.setLocation(location.distanceM(), location.within(), form.accuracyM(),
                storeRawCoordinates ? form.latitude() : null, storeRawCoordinates ? form.longitude() : null);
        record.setFace(face == null ? null : face.similarity(), face == null ? null : face.livenessScore(),
                duplicates.seal(embedding));
        record.setEvidence(form.imei(), null, selfieKey, presenceKey, null);
        session.persist(record); // the INSERT runs now: a duplicate fails here, before anything else is written

        List<AttendanceRecord> reflagged = new ArrayList<>();
        for (AttendanceRecordEntity other : sameFace) {
            CheckInPolicy.Verdict updated = CheckInPolicy.withExtraReason(other.getStatus(), other.flagList(),
                    ReasonCode.DUPLICATE_FACE_IN_SESSION);
            other.setVerdict(updated.status(), updated.flags(), updated.riskScore());
            reflagged.add(mapper.toModelWithStudent(session, other));
        }
        audit.record(session, actor, "attendance.submit", "attendance_record", record.getId(),
                "session=" + sessionRow.getId() + ", status=" + verdict.status().wire() + ", flags=" + verdict.flags());
        AttendanceRecord model = mapper.toModelWithStudent(session, record);
        String body = toJson(model);
        idempotency.remember(session, scope, key, hash, 201, body);
        return new Stored(new StoredResponse(201, body), model, reflagged);
    }

    /** The time steps a device signature may name: the QR steps that are valid or in grace now. */
    private List<Long> acceptedSteps(Instant now) {
        long current = qrTokens.stepAt(now);
        List<Long> steps = new ArrayList<>();
        for (long step = current + 1; step >= current - qrTokens.graceSteps(); step--) {
            steps.add(step);
        }
        return steps;
    }

    private static void validate(SubmissionForm form) {
        List<org.smavs.model.error.FieldError> errors = new ArrayList<>();
        if (form.imei() == null || form.imei().isBlank()) {
            errors.add(new org.smavs.model.error.FieldError("imei", "is required (any stable device id)"));
        } else if (form.imei().length() > 255) {
            errors.add(new org.smavs.model.error.FieldError("imei", "must be at most 255 characters"));
        }
        if (form.latitude() == null || !(form.latitude() >= -90 && form.latitude() <= 90)) {
            errors.add(new org.smavs.model.error.FieldError("latitude", "is required, between -90 and 90"));
        }
        if (form.longitude() == null || !(form.longitude() >= -180 && form.longitude() <= 180)) {
            errors.add(new org.smavs.model.error.FieldError("longitude", "is required, between -180 and 180"));
        }
        if (form.accuracyM() != null && !(form.accuracyM() >= 0 && form.accuracyM() <= 1_000_000)) {
            errors.add(new org.smavs.model.error.FieldError("accuracy_m", "must be a distance in metres, 0 or more"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static boolean hasRecord(Session session, long sessionId, long studentId) {
        return session.createSelectionQuery("select count(r) from AttendanceRecordEntity r where r.sessionId = :s "
                + "and r.studentId = :u", Long.class).setParameter("s", sessionId).setParameter("u", studentId)
                .getSingleResult() > 0;
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
            LOG.warn("Could not delete the upload {} of a failed submission", key, e);
        }
    }

    private String toJson(AttendanceRecord record) {
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise an attendance record", e);
        }
    }

    private static ConflictException alreadySubmitted() {
        return new ConflictException(ErrorCodes.ALREADY_SUBMITTED, "You have already checked in to this session");
    }
}
