package org.smavs.server.attendance;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.error.FieldError;
import org.smavs.server.device.DevicePolicy;
import org.smavs.server.device.DeviceService;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.QrTokens;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;
import org.smavs.server.upload.UploadedImage;

/**
 * POST /students/attendance: gathers the phone's evidence — uploads checked by content, the session named by
 * its code or QR token (422 when wrong or not running), the device binding and signature, the location, the
 * face layer (outside any transaction: it is slow) — and hands it to the {@link CheckInRecorder}. With the
 * same Idempotency-Key a retry gets the first answer, also when it raced the first request.
 */
public final class AttendanceSubmissionService {
    private final Database database;
    private final SessionResolver resolver;
    private final DeviceService devices;
    private final FaceEvidenceSource faces;
    private final ImageUploads uploads;
    private final AttendanceRecords records;
    private final CheckInRecorder recorder;
    private final IdempotencyService idempotency;
    private final QrTokens qrTokens;
    private final boolean storeRawCoordinates;
    private final Clock clock;

    public AttendanceSubmissionService(Database database, SessionResolver resolver, DeviceService devices,
                                       FaceEvidenceSource faces, ImageUploads uploads, AttendanceRecords records,
                                       CheckInRecorder recorder, IdempotencyService idempotency, QrTokens qrTokens,
                                       boolean storeRawCoordinates, Clock clock) {
        this.database = database;
        this.resolver = resolver;
        this.devices = devices;
        this.faces = faces;
        this.uploads = uploads;
        this.records = records;
        this.recorder = recorder;
        this.idempotency = idempotency;
        this.qrTokens = qrTokens;
        this.storeRawCoordinates = storeRawCoordinates;
        this.clock = clock;
    }

    public AttendanceRecord submit(SubmissionForm form, Actor actor, String idempotencyKey) {
        IdempotencyService.Ticket<AttendanceRecord> ticket = idempotencyKey == null ? null
                : new IdempotencyService.Ticket<>("attendance:" + actor.userId(), idempotencyKey, form.fingerprint(),
                        AttendanceRecord.class);
        Optional<AttendanceRecord> earlier = idempotency.replay(ticket);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return recorder.record(gather(form, actor, ticket), (session, target) ->
                    SessionResolver.requireRunning(target, clock.instant())); // it may have closed while the face layer ran
        } catch (ConflictException e) {
            // A concurrent retry with the same key may have won the race: answer as it did.
            return idempotency.replay(ticket).orElseThrow(() -> e);
        }
    }

    private CheckInEvidence gather(SubmissionForm form, Actor actor, IdempotencyService.Ticket<AttendanceRecord> ticket) {
        validate(form);
        // Cheap checks first (size, type, pixel count from the header); nothing is decoded before the session
        // secret, the one-record rule and the device are known to pass.
        UploadedImage selfieUpload = form.selfie() == null ? null : uploads.inspect("selfie", form.selfie());
        UploadedImage presenceUpload = form.presenceImage() == null ? null
                : uploads.inspect("presence_image", form.presenceImage());
        Instant now = clock.instant();
        long studentId = actor.userId();
        record Found(SessionResolver.Target target, DevicePolicy.Binding binding) {
        }
        Found found = database.inTransaction(session -> {
            SessionResolver.Target resolved = resolver.resolve(session, form, now);
            if (records.exists(session, resolved.session().getId(), studentId)) {
                throw CheckInRecorder.alreadyCheckedIn(); // cheap early answer; the constraint is what guarantees it
            }
            return new Found(resolved, devices.binding(session, studentId, form.imei()));
        });
        SessionEntity target = found.target().session();
        if (target.isRequireFace() && selfieUpload == null) {
            throw ValidationException.field("selfie", "is required: this session verifies faces");
        }
        record Pictures(CheckedImage selfie, CheckedImage presence, FaceEvidence face) {
        }
        Pictures pictures = uploads.withPictureSlot(() -> {
            CheckedImage decodedSelfie = selfieUpload == null ? null : uploads.decode(selfieUpload);
            CheckedImage decodedPresence = presenceUpload == null ? null : uploads.decode(presenceUpload);
            return new Pictures(decodedSelfie, decodedPresence,
                    target.isRequireFace() ? faces.ofSelfie(studentId, decodedSelfie) : null);
        });
        CheckedImage selfie = pictures.selfie();
        CheckedImage presence = pictures.presence();
        FaceEvidence face = pictures.face();
        GeofencePolicy.Result location = GeofencePolicy.evaluate(target.getLatitude(), target.getLongitude(),
                target.getRadiusM(), form.latitude(), form.longitude(), form.accuracyM());
        CheckInEvidence.DeviceEvidence device = new CheckInEvidence.DeviceEvidence(form.imei(), null,
                DevicePolicy.evaluate(found.binding(), form.imei(), form.deviceSignature(), target.getId(), studentId,
                        acceptedSteps(now), now));
        return new CheckInEvidence(target.getId(), studentId, AttendanceSource.MOBILE, actor, found.target().flags(),
                device, new CheckInEvidence.LocationEvidence(location.distanceM(), location.within(), form.accuracyM(),
                        storeRawCoordinates ? form.latitude() : null, storeRawCoordinates ? form.longitude() : null,
                        location.flags()),
                face, selfie, presence, now, false,
                ticket == null ? null : new IdempotencyService.Answer<>(ticket, record -> record));
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
        List<FieldError> errors = new ArrayList<>();
        if (form.imei() == null || form.imei().isBlank()) {
            errors.add(new FieldError("imei", "is required (any stable device id)"));
        } else if (form.imei().length() > 255) {
            errors.add(new FieldError("imei", "must be at most 255 characters"));
        }
        if (form.latitude() == null || !(form.latitude() >= -90 && form.latitude() <= 90)) {
            errors.add(new FieldError("latitude", "is required, between -90 and 90"));
        }
        if (form.longitude() == null || !(form.longitude() >= -180 && form.longitude() <= 180)) {
            errors.add(new FieldError("longitude", "is required, between -180 and 180"));
        }
        if (form.accuracyM() != null && !(form.accuracyM() >= 0 && form.accuracyM() <= 1_000_000)) {
            errors.add(new FieldError("accuracy_m", "must be a distance in metres, 0 or more"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
