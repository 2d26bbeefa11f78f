package org.smavs.server.biometrics;

import java.util.ArrayList;
import java.util.List;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.kiosk.Challenge;
import org.smavs.server.attendance.FaceEvidence;
import org.smavs.server.attendance.FaceEvidenceSource;
import org.smavs.server.face.ChallengePolicy;
import org.smavs.server.face.ChallengeResult;
import org.smavs.server.face.DetectedFace;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.persistence.Database;
import org.smavs.server.settings.SettingsService;
import org.smavs.server.upload.CheckedImage;

/**
 * The face layer of check-ins: match against the enrolled template and passive liveness of a selfie, and for
 * a kiosk burst also the active challenge over all frames; only for students who consented (hold a template). With face verification switched off every
 * check-in says FACE_UNAVAILABLE instead of pretending. Thresholds are the admin's run-time settings.
 */
public final class FaceEvidenceService implements FaceEvidenceSource {
    private final Database database;
    private final FaceAnalyzer analyzer;
    private final FaceTemplates templates;
    private final SettingsService settings;
    private final ChallengePolicy challenges;
    private final VerificationLog verificationLog;

    public FaceEvidenceService(Database database, FaceAnalyzer analyzer, FaceTemplates templates,
                               SettingsService settings, ChallengePolicy challenges, VerificationLog verificationLog) {
        this.database = database;
        this.analyzer = analyzer;
        this.templates = templates;
        this.settings = settings;
        this.challenges = challenges;
        this.verificationLog = verificationLog;
    }

    @Override
    public FaceEvidence ofSelfie(long studentId, CheckedImage selfie) {
        if (!analyzer.available()) {
            return FaceEvidence.notMeasured(ReasonCode.FACE_UNAVAILABLE);
        }
        float[] reference = reference(studentId);
        if (reference == null) {
            return withoutConsent();
        }
        long started = System.nanoTime();
        FaceEvidence evidence = evidence(reference, analyzer.analyze(selfie));
        log(studentId, null, null, "submission", evidence, started);
        return evidence;
    }

    @Override
    public BurstEvidence ofBurst(long studentId, Challenge challenge, List<CheckedImage> frames, long sessionId,
                                 long kioskId) {
        if (!analyzer.available()) {
            return new BurstEvidence(FaceEvidence.notMeasured(ReasonCode.FACE_UNAVAILABLE), 0);
        }
        float[] reference = reference(studentId);
        if (reference == null) {
            return new BurstEvidence(withoutConsent(), 0);
        }
        long started = System.nanoTime();
        List<FaceAnalysis> analyses = analyzer.analyzeAll(frames);
        int best = bestFrame(analyses);
        FaceEvidence evidence = evidence(reference, analyses.get(best));
        if (challenge != null && !challenges.evaluate(challenge, analyses).passed()) {
            List<ReasonCode> flags = new ArrayList<>(evidence.flags());
            flags.add(ReasonCode.CHALLENGE_FAILED);
            evidence = new FaceEvidence(evidence.similarity(), evidence.livenessScore(), flags, evidence.embedding());
        }
        log(studentId, sessionId, kioskId, challenge == null ? "kiosk-offline" : "kiosk", evidence, started);
        return new BurstEvidence(evidence, best);
    }

    /**
     * A student without a template has not consented (enrolment needs consent; withdrawal and an admin reset
     * delete the template): nothing biometric is computed from their pictures, not even liveness, so no
     * embedding exists for the duplicate-face check either. The record says FACE_NOT_ENROLLED.
     */
    private static FaceEvidence withoutConsent() {
        return FaceEvidence.notMeasured(ReasonCode.FACE_NOT_ENROLLED);
    }

    private float[] reference(long studentId) {
        return database.inTransaction(session -> templates.reference(session, studentId, analyzer.modelVersion()));
    }

    /** The frame with exactly one face looking most straight at the camera; frame 0 when none has a face. */
    static int bestFrame(List<FaceAnalysis> analyses) {
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

    /** The evidence of one analysed frame against the student's reference. */
    private FaceEvidence evidence(float[] reference, FaceAnalysis analysis) {
        if (analysis.faceCount() == 0) {
            return FaceEvidence.notMeasured(ReasonCode.NO_FACE);
        }
        List<ReasonCode> flags = new ArrayList<>();
        if (analysis.faceCount() > 1) {
            flags.add(ReasonCode.MULTIPLE_FACES);
        }
        DetectedFace face = analysis.face();
        Double similarity = Scores.round(FaceMatchPolicy.cosineSimilarity(face.embedding(), reference));
        if (similarity < settings.current().faceThreshold()) {
            flags.add(ReasonCode.FACE_MISMATCH);
        }
        if (face.livenessScore() < settings.current().livenessThreshold()) {
            flags.add(ReasonCode.LIVENESS_FAILED);
        }
        return new FaceEvidence(similarity, Scores.round(face.livenessScore()), flags, face.embedding());
    }

    private void log(long studentId, Long sessionId, Long kioskId, String kind, FaceEvidence evidence, long started) {
        verificationLog.write(new VerificationLog.Entry(studentId, sessionId, kioskId, kind, evidence.similarity(),
                evidence.livenessScore(), evidence.flags().isEmpty(), evidence.flags().stream().map(Enum::name).toList(),
                analyzer.modelVersion(), Scores.elapsedMs(started)));
    }
}
