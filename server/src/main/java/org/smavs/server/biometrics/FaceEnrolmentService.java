package org.smavs.server.biometrics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.face.EnrollFaceResult;
import org.smavs.model.face.FaceQuality;
import org.smavs.model.face.VerifyFaceResult;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.error.PreconditionRequiredException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.face.DetectedFace;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.face.FaceQualityPolicy;
import org.smavs.server.face.QualityFailure;
import org.smavs.server.face.QualityFailureReason;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.persistence.Database;
import org.smavs.server.user.UserEntity;
import org.smavs.server.settings.SettingsService;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;

/**
 * A student's own face enrolment, with explicit consent: enrol (and re-enrol), check a photo against the
 * enrolment, withdraw consent; and an admin's reset. Consent and its withdrawal are recorded in
 * {@code consents}; withdrawal deletes the template and the reference photo.
 */
public final class FaceEnrolmentService {
    private static final List<QualityFailureReason> FIX_FIRST = List.of(QualityFailureReason.NO_FACE,
            QualityFailureReason.MULTIPLE_FACES, QualityFailureReason.TOO_DARK, QualityFailureReason.TOO_BRIGHT,
            QualityFailureReason.FACE_TOO_SMALL, QualityFailureReason.NOT_FRONTAL, QualityFailureReason.TOO_BLURRY);

    private final Database database;
    private final FaceAnalyzer analyzer;
    private final FaceTemplates templates;
    private final FaceQualityPolicy quality;
    private final SettingsService settings;
    private final ImageUploads uploads;
    private final BlobStore blobs;
    private final VerificationLog verificationLog;
    private final AuditLog audit;
    private final Clock clock;
    private final RecordBiometrics biometricEvidence = new RecordBiometrics();

    public FaceEnrolmentService(Database database, FaceAnalyzer analyzer, FaceTemplates templates,
                                FaceQualityPolicy quality, SettingsService settings, ImageUploads uploads,
                                BlobStore blobs, VerificationLog verificationLog, AuditLog audit, Clock clock) {
        this.database = database;
        this.analyzer = analyzer;
        this.templates = templates;
        this.quality = quality;
        this.settings = settings;
        this.uploads = uploads;
        this.blobs = blobs;
        this.verificationLog = verificationLog;
        this.audit = audit;
        this.clock = clock;
    }

    public EnrollFaceResult enroll(Actor student, byte[] image, boolean consent) {
        requireAvailable();
        if (!consent) {
            throw new PreconditionRequiredException(ErrorCodes.CONSENT_REQUIRED,
                    "Face enrolment needs your explicit consent (consent=true); you can also check in without it, "
                            + "by PIN at a kiosk or with your lecturer");
        }
        CheckedImage checked = uploads.check("file", image);
        FaceAnalysis analysis = analyzer.analyze(checked);
        rejectUnlessGoodEnough(analysis);
        DetectedFace face = analysis.face();
        String sealed = templates.seal(student.userId(), analyzer.modelVersion(), face.embedding());
        String referenceKey = "references/" + student.userId() + "/" + UUID.randomUUID() + "." + checked.extension();
        blobs.put(referenceKey, checked.data(), checked.contentType());
        String previousReference = database.inTransaction(session -> {
            FaceTemplateEntity previous = templates.find(session, student.userId());
            String old = previous == null ? null : previous.getReferenceKey();
            if (previous != null) {
                session.remove(previous);
                session.flush();
            }
            session.persist(new FaceTemplateEntity(student.userId(), sealed, analyzer.modelVersion(), referenceKey,
                    clock.instant()));
            recordConsent(session, student.userId(), true);
            audit.record(session, student, previous == null ? "face.enroll" : "face.reenroll", "user", student.userId(), null);
            return old;
        });
        deleteIfAny(previousReference);
        return new EnrollFaceResult(true, quality(face));
    }

    public VerifyFaceResult verify(Actor student, byte[] image) {
        requireAvailable();
        CheckedImage checked = uploads.check("file", image);
        float[] reference = database.inTransaction(session ->
                templates.reference(session, student.userId(), analyzer.modelVersion()));
        if (reference == null) {
            throw new RuleViolationException(ReasonCode.FACE_NOT_ENROLLED.name(), "Enrol your face first (POST /students/enroll-face)");
        }
        long started = System.nanoTime();
        FaceAnalysis analysis = analyzer.analyze(checked);
        rejectIfNoSingleFace(analysis);
        DetectedFace face = analysis.face();
        double threshold = settings.current().faceThreshold();
        double similarity = FaceMatchPolicy.cosineSimilarity(face.embedding(), reference);
        boolean live = face.livenessScore() >= settings.current().livenessThreshold();
        boolean match = similarity >= threshold;
        verificationLog.write(new VerificationLog.Entry(student.userId(), null, null, "self-check", similarity,
                face.livenessScore(), match && live, List.of(), analyzer.modelVersion(), Scores.elapsedMs(started)));
        return new VerifyFaceResult(match, Scores.round(similarity), threshold, live, Scores.round(face.livenessScore()));
    }

    /**
     * Withdraws consent: the template, the reference photo, every per-record embedding and every stored selfie
     * of the student are deleted; the records stay, marked as withdrawn. Works with face verification off.
     */
    public void withdraw(Actor student) {
        removeTemplate(student.userId(), student, "face.withdraw");
    }

    /** An admin clears a student's enrolment so they can enrol again (e.g. after a bad photo). */
    public void adminReset(long userId, Actor admin) {
        removeTemplate(userId, admin, "face.admin_reset");
    }

    private void removeTemplate(long userId, Actor actor, String action) {
        List<String> pictures = database.inTransaction(session -> {
            if (session.find(UserEntity.class, userId) == null) {
                throw new NotFoundException("No user with id " + userId);
            }
            FaceTemplateEntity template = templates.find(session, userId);
            List<String> keys = new ArrayList<>();
            if (template != null) {
                keys.add(template.getReferenceKey());
                session.remove(template);
            }
            List<String> evidence = biometricEvidence.withdraw(session, userId, clock.instant());
            keys.addAll(evidence);
            recordConsent(session, userId, false);
            audit.record(session, actor, action, "user", userId, (template == null ? "nothing enrolled" : "template")
                    + "; " + evidence.size() + " record image(s) and every record embedding deleted");
            return keys;
        });
        // after the commit: a picture whose row still pointed at it is never deleted first
        pictures.stream().filter(java.util.Objects::nonNull).forEach(blobs::delete);
    }

    private void requireAvailable() {
        if (!analyzer.available()) {
            throw SwitchedOffFaceAnalyzer.switchedOff();
        }
    }

    private void rejectUnlessGoodEnough(FaceAnalysis analysis) {
        List<QualityFailure> failures = new ArrayList<>(quality.check(analysis));
        if (!failures.isEmpty()) {
            // Lighting first: a dark photo also measures as blurry, and more light is the fix to ask for.
            failures.sort(Comparator.comparingInt(f -> FIX_FIRST.indexOf(f.reason())));
            String message = String.join("; ", failures.stream().map(QualityFailure::message).toList());
            throw new RuleViolationException(failures.get(0).reason().name(), message);
        }
    }

    private static void rejectIfNoSingleFace(FaceAnalysis analysis) {
        if (analysis.faceCount() == 0) {
            throw new RuleViolationException(ReasonCode.NO_FACE.name(), "No face was found in the photo");
        }
        if (analysis.faceCount() > 1) {
            throw new RuleViolationException(ReasonCode.MULTIPLE_FACES.name(),
                    "More than one face is in the photo; only you should be in the picture");
        }
    }

    private void recordConsent(Session session, long userId, boolean granted) {
        session.createNativeMutationQuery("INSERT INTO consents (user_id, kind, granted, recorded_at) "
                        + "VALUES (:user, 'face_biometrics', :granted, :now)")
                .setParameter("user", userId).setParameter("granted", granted).setParameter("now", clock.instant())
                .executeUpdate();
    }

    private void deleteIfAny(String key) {
        if (key != null) {
            blobs.delete(key);
        }
    }

    private static FaceQuality quality(DetectedFace face) {
        return new FaceQuality(face.sizePx(), Scores.round(face.sharpness()), Scores.round(face.brightness()),
                Scores.round(face.pose().yaw()), Scores.round(face.pose().pitch()));
    }
}
