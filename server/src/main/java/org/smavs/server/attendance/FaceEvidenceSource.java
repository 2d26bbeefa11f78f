package org.smavs.server.attendance;

import java.util.List;
import org.smavs.model.kiosk.Challenge;
import org.smavs.server.upload.CheckedImage;

/**
 * The face layer as the check-in paths see it. It is an interface only to keep the dependency pointing
 * from {@code biometrics} (which implements it on the models, or says FACE_UNAVAILABLE when face
 * verification is off) to {@code attendance}, never back.
 */
public interface FaceEvidenceSource {

    /** The evidence of a phone selfie of {@code studentId}. */
    FaceEvidence ofSelfie(long studentId, CheckedImage selfie);

    /**
     * The evidence of a kiosk burst: the active challenge over all frames ({@code challenge} null for offline
     * captures, which had none), then match and liveness on the best frame.
     */
    BurstEvidence ofBurst(long studentId, Challenge challenge, List<CheckedImage> frames, long sessionId, long kioskId);

    /** A burst's evidence and which frame becomes the record's selfie. */
    record BurstEvidence(FaceEvidence face, int bestFrame) {
    }
}
