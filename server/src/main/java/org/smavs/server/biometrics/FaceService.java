package org.smavs.server.biometrics;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.face.EnrollFaceResult;
import org.smavs.model.face.FaceQuality;
import org.smavs.model.face.VerifyFaceResult;
import org.smavs.server.attendance.FaceLayer;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Actor;
import org.smavs.server.error.PreconditionRequiredException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ServiceUnavailableException;
import org.smavs.model.kiosk.Challenge;
import org.smavs.server.face.ChallengePolicy;
import org.smavs.server.face.ChallengeResult;
import org.smavs.server.face.DetectedFace;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.face.FaceQualityPolicy;
import org.smavs.server.face.FaceTemplateCipher;
import org.smavs.server.face.QualityFailure;
import org.smavs.server.face.QualityFailureReason;
import org.smavs.server.persistence.Database;
import org.smavs.server.settings.SettingsService;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.ImageUploads;

/**
 * Face enrolment (with explicit consent), self-verification, consent withdrawal, and the face layer of
 * attendance submissions. Thresholds are read from the run-time settings at each call.
 */
public final class FaceService implements FaceLayer {
    private static final Logger LOG = LoggerFactory.getLogger(FaceService.class);
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
    private final ChallengePolicy challenges;
    private final Clock clock;

    public FaceService(Database database, FaceAnalyzer analyzer, FaceTemplates templates, FaceQualityPolicy quality,
                       SettingsService settings, ImageUploads uploads, BlobStore blobs, VerificationLog verificationLog,
                       AuditLog audit, ChallengePolicy challenges, Clock clock) {
        this.database = database;
        this.analyzer = analyzer;
        this.templates = templates;
        this.quality = quality;
        this.settings = settings;
        this.uploads = uploads;
        this.blobs = blobs;
        this.verificationLog = verificationLog;
        this.audit = audit;
        this.challenges = challenges;
        this.clock = clock;
    }

    public EnrollFaceResult enroll(Actor student, byte[] image, boolean consent) {
        if (!consent) {
            throw new PreconditionRequiredException(ErrorCodes.CONSENT_REQUIRED,
                    "Face enrolment needs your explicit consent (consent=true); you can also check in without it, "
                            + "by PIN at a kiosk or with your lecturer");
        }
        CheckedImage checked = uploads.check("file", image);
        FaceAnalysis analysis = analyzer.analyze(checked.data());
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
            session.persist(new FaceTemplateEntity(student.userId(), sealed, analyzer.modelVersion(), referenceKey, clock.instant()));
            recordConsent(session, student.userId(), true);
            audit.record(session, student, previous == null ? "face.enroll" : "face.reenroll", "user", student.userId(), null);
            return old;
        });
        deleteQuietly(previousReference);
        return new EnrollFaceResult(true, quality(face));
    }

    public VerifyFaceResult verify(Actor student, byte[] image) {
        CheckedImage checked = uploads.check("file", image);
        float[] reference = referenceEmbedding(student.userId());
        if (reference == null) {
            throw new RuleViolationException(ReasonCode.FACE_NOT_ENROLLED.name(), "Enrol your face first (POST /students/enroll-face)");
        }
        long started = System.nanoTime();
        FaceAnalysis analysis = analyzer.analyze(checked.data());
        rejectIfNoSingleFace(analysis);
        DetectedFace face = analysis.face();
        double threshold = settings.current().faceThreshold();
        double similarity = FaceMatchPolicy.cosineSimilarity(face.embedding(), reference);
        boolean live = face.livenessScore() >= settings.current().livenessThreshold();
        boolean match = similarity >= threshold;
        verificationLog.write(new VerificationLog.Entry(student.userId(), null, null, "self-check", similarity,
                face.livenessScore(), match && live, List.of(), analyzer.modelVersion(), elapsedMs(started)));
        return new VerifyFaceResult(match, round(similarity), threshold, live, round(face.livenessScore()));
    }

    /** Withdraws consent: the template and the reference photo are deleted. */
    public void withdraw(Actor student) {
        removeTemplate(student.userId(), student, "face.withdraw");
    }

    /** An admin clears a student's enrolment so they can enrol again (e.g. after a bad photo). */
    public void adminReset(long userId, Actor admin) {
        removeTemplate(userId, admin, "face.admin_reset");
    }

    @Override
    public boolean available() {
        return true;
    }

    @Override
    public FaceEvidence evaluate(long studentId, byte[] selfie) {
        float[] reference = referenceEmbedding(studentId);
        long started = System.nanoTime();
        FaceAnalysis analysis = analyzer.analyze(selfie);
        FaceEvidence evidence = evidence(reference, analysis);
        verificationLog.write(new VerificationLog.Entry(studentId, null, null, "submission", evidence.similarity(),
                evidence.livenessScore(), evidence.flags().isEmpty(), evidence.flags().stream().map(Enum::name).toList(),
                analyzer.modelVersion(), elapsedMs(started)));
        return evidence;
    }

    /** What a kiosk's burst of frames showed: the face evidence of its best frame and the challenge result. */
    public record BurstEvidence(FaceEvidence evidence, int bestFrame, String challengeDetail) {
    }

    /**
     * Checks a kiosk burst: the active challenge over all frames (skipped when {@code challenge} is null, as
     * for offline captures), then match and passive liveness on the most frontal frame with one face.
     */
    public BurstEvidence evaluateBurst(long studentId, Challenge challenge, List<byte[]> frames, Long sessionId, Long kioskId) {
        long started = System.nanoTime();
        List<FaceAnalysis> analyses = analyzer.analyzeAll(frames);
        int best = bestFrame(analyses);
        FaceEvidence evidence = evidence(referenceEmbedding(studentId), analyses.get(best));
        List<ReasonCode> flags = new ArrayList<>(evidence.flags());
        String detail = null;
        if (challenge != null) {
            ChallengeResult result = challenges.evaluate(challenge, analyses);
            if (!result.passed()) {
                flags.add(ReasonCode.CHALLENGE_FAILED);
                detail = result.outcome().name() + ": " + result.detail();
            }
        }
        FaceEvidence combined = new FaceEvidence(evidence.similarity(), evidence.livenessScore(), flags, evidence.embedding());
        verificationLog.write(new VerificationLog.Entry(studentId, sessionId, kioskId, challenge == null ? "kiosk-offline" : "kiosk",
                combined.similarity(), combined.livenessScore(), flags.isEmpty(), flags.stream().map(Enum::name).toList(),
                analyzer.modelVersion(), elapsedMs(started)));
        return new BurstEvidence(combined, best, detail);
    }

    /** The frame with exactly one face looking most straight at the camera; frame 0 when none has a face. */
    private static int bestFrame(List<FaceAnalysis> analyses) {
        int best = 0;
        double bestYaw = Double.MAX_VALUE;
        for (int i = 0; i < analyses.size(); i++) {
            FaceAnalysis analysis = analyses.get(i);
            if (analysis.faceCount() == 1 && Math.abs(analysis.face().pose().yaw()) < bestYaw) {
                bestYaw = Math.abs(analysis.face().pose().yaw());
                best = i;
            }
        }
        return best;
    }

    /** The evidence of one analysed frame against a reference (null reference → FACE_NOT_ENROLLED). */
    FaceEvidence evidence(float[] reference, FaceAnalysis analysis) {
        List<ReasonCode> flags = new ArrayList<>();
        if (analysis.faceCount() == 0) {
            return new FaceEvidence(null, null, List.of(ReasonCode.NO_FACE), null);
        }
        if (analysis.faceCount() > 1) {
            flags.add(ReasonCode.MULTIPLE_FACES);
        }
        DetectedFace face = analysis.face();
        Double similarity = null;
        if (reference == null) {
            flags.add(ReasonCode.FACE_NOT_ENROLLED);
        } else {
            similarity = round(FaceMatchPolicy.cosineSimilarity(face.embedding(), reference));
            if (similarity < settings.current().faceThreshold()) {
                flags.add(ReasonCode.FACE_MISMATCH);
            }
        }
        if (face.livenessScore() < settings.current().livenessThreshold()) {
            flags.add(ReasonCode.LIVENESS_FAILED);
        }
        return new FaceEvidence(similarity, round(face.livenessScore()), flags, face.embedding());
    }

    /** Re-encrypts templates sealed under a previous SMAVS_FACE_KEY (hourly maintenance); returns how many. */
    public int resealOutdatedTemplates() {
        return templates.resealOutdated(database);
    }

    float[] referenceEmbedding(long userId) {
        return database.inTransaction(session -> {
            FaceTemplateEntity template = templates.find(session, userId);
            if (template == null || !template.getModelVersion().equals(analyzer.modelVersion())) {
                return null; // a template from other models cannot be compared: the student must re-enrol
            }
            try {
                return templates.open(template);
            } catch (FaceTemplateCipher.TamperedTemplateException e) {
                // typically a key rotation half done: another instance re-encrypted under a key this one lacks
                LOG.error("Face template of user {} cannot be opened on this server: {}", userId, e.getMessage());
                throw new ServiceUnavailableException(ErrorCodes.FACE_UNAVAILABLE, "The enrolled face cannot be read "
                        + "on this server right now; please try again later or ask staff to check in manually");
            }
        });
    }

    public byte[] referencePhoto(long userId) {
        String key = database.inTransaction(session -> {
            FaceTemplateEntity template = templates.find(session, userId);
            return template == null ? null : template.getReferenceKey();
        });
        if (key == null) {
            throw new org.smavs.server.error.NotFoundException("This student has no enrolled reference photo");
        }
        return blobs.get(key);
    }

    private void removeTemplate(long userId, Actor actor, String action) {
        String referenceKey = database.inTransaction(session -> {
            FaceTemplateEntity template = templates.find(session, userId);
            String key = template == null ? null : template.getReferenceKey();
            if (template != null) {
                session.remove(template);
            }
            recordConsent(session, userId, false);
            audit.record(session, actor, action, "user", userId, template == null ? "nothing enrolled" : null);
            return key;
        });
        deleteQuietly(referenceKey);
    }

    private void rejectUnlessGoodEnough(FaceAnalysis analysis) {
        List<QualityFailure> failures = new ArrayList<>(quality.check(analysis));
        if (!failures.isEmpty()) {
            // Lighting first: a dark photo also measures as blurry, and more light is the fix to ask for.
            failures.sort(java.util.Comparator.comparingInt(f -> FIX_FIRST.indexOf(f.reason())));
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

    private void recordConsent(org.hibernate.Session session, long userId, boolean granted) {
        session.createNativeMutationQuery("INSERT INTO consents (user_id, kind, granted, recorded_at) "
                        + "VALUES (:user, 'face_biometrics', :granted, :now)")
                .setParameter("user", userId).setParameter("granted", granted).setParameter("now", clock.instant()).executeUpdate();
    }

    private void deleteQuietly(String key) {
        if (key != null) {
            blobs.delete(key);
        }
    }

    private static FaceQuality quality(DetectedFace face) {
        return new FaceQuality(face.sizePx(), round(face.sharpness()), round(face.brightness()), round(face.pose().yaw()),
                round(face.pose().pitch()));
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }
}
