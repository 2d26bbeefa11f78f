package org.smavs.server.biometrics;

import java.util.List;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.upload.CheckedImage;

/**
 * Face analysis as the biometric use cases see it. Two implementations: {@link PooledFaceAnalyzer} on the
 * real models, and {@link SwitchedOffFaceAnalyzer} for servers run with SMAVS_FACE_ENABLED=false, which says
 * so (503 for enrolment, FACE_UNAVAILABLE on check-ins) instead of pretending.
 */
public interface FaceAnalyzer {

    /** False when face verification is switched off on this server. */
    boolean available();

    /** Names the models, so that templates from other models are never compared. */
    String modelVersion();

    /** Analyses an upload decoded when it was checked (no second decode). */
    FaceAnalysis analyze(CheckedImage image);

    List<FaceAnalysis> analyzeAll(List<CheckedImage> frames);
}
