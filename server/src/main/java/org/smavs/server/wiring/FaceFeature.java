package org.smavs.server.wiring;

import org.smavs.server.attendance.FaceEvidenceSource;
import org.smavs.server.biometrics.FaceAnalyzer;
import org.smavs.server.biometrics.FaceController;
import org.smavs.server.biometrics.FaceEnrolmentService;
import org.smavs.server.biometrics.FaceEvidenceService;
import org.smavs.server.biometrics.FaceKeyRotation;
import org.smavs.server.biometrics.FaceTemplates;
import org.smavs.server.biometrics.PooledFaceAnalyzer;
import org.smavs.server.biometrics.ReferencePhotos;
import org.smavs.server.biometrics.SelfieRetention;
import org.smavs.server.biometrics.SwitchedOffFaceAnalyzer;
import org.smavs.server.biometrics.VerificationLog;
import org.smavs.server.config.FaceSettings;
import org.smavs.server.crypto.BiometricCipher;
import org.smavs.server.face.ChallengePolicy;
import org.smavs.server.face.ChallengeThresholds;
import org.smavs.server.face.FaceAnalysisPool;
import org.smavs.server.face.FaceModels;
import org.smavs.server.face.FaceQualityPolicy;
import org.smavs.server.face.FaceQualityThresholds;
import org.smavs.server.face.OnnxFaceEngine;

/**
 * Face enrolment with consent, the face evidence of check-ins, reference photos, biometric key rotation and
 * selfie retention. Missing or corrupt models stop the start-up with a message naming the directory: a
 * server that silently skipped face checks would be worse. Switched off, face evidence says FACE_UNAVAILABLE.
 */
record FaceFeature(FaceController controller, FaceEvidenceSource evidence, BiometricCipher cipher) {

    static FaceFeature wire(Platform p) {
        FaceSettings face = p.config.face();
        FaceAnalyzer analyzer = face.enabled() ? modelBacked(p, face) : new SwitchedOffFaceAnalyzer();
        p.components.put("face", () -> analyzer.available() ? "ok" : "disabled");
        BiometricCipher cipher = new BiometricCipher(face.key(), face.previousKeys());
        FaceTemplates templates = new FaceTemplates(cipher);
        VerificationLog verificationLog = new VerificationLog(p.database, p.clock);
        FaceEnrolmentService enrolment = new FaceEnrolmentService(p.database, analyzer, templates,
                new FaceQualityPolicy(FaceQualityThresholds.defaults()), p.settings, p.uploads, p.blobs, verificationLog,
                p.audit, p.clock);
        FaceEvidenceService evidence = new FaceEvidenceService(p.database, analyzer, templates, p.settings,
                new ChallengePolicy(ChallengeThresholds.defaults()), verificationLog);
        FaceKeyRotation rotation = new FaceKeyRotation(p.database, templates);
        SelfieRetention retention = new SelfieRetention(p.database, p.blobs,
                () -> p.settings.current().selfieRetentionDays(), p.clock);
        p.maintenance.add("selfie retention", retention::purgeExpired)
                .add("face template keys", rotation::resealOutdatedTemplates);
        return new FaceFeature(new FaceController(enrolment, new ReferencePhotos(p.database, templates, p.blobs, p.audit),
                p.forms), evidence, cipher);
    }

    private static FaceAnalyzer modelBacked(Platform p, FaceSettings face) {
        OnnxFaceEngine engine = p.closeOnStop(OnnxFaceEngine.load(FaceModels.locate(face.modelsDir())));
        FaceAnalysisPool pool = p.closeOnStop(new FaceAnalysisPool(engine)); // closed before the engine
        p.meters.add(registry -> {
            io.micrometer.core.instrument.Gauge.builder("face_analysis_queued", pool, FaceAnalysisPool::queued)
                    .description("analyses waiting for a face worker").register(registry);
            io.micrometer.core.instrument.Gauge.builder("face_analysis_active", pool, FaceAnalysisPool::active)
                    .register(registry);
            io.micrometer.core.instrument.FunctionTimer.builder("face_analysis", pool, FaceAnalysisPool::completed,
                    FaceAnalysisPool::analysisSecondsTotal, java.util.concurrent.TimeUnit.SECONDS)
                    .description("time the face models spent per analysed picture").register(registry);
        });
        return new PooledFaceAnalyzer(pool, engine.modelVersion());
    }
}
