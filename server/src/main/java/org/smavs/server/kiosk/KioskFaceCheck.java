package org.smavs.server.kiosk;

import java.util.List;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.kiosk.Challenge;
import org.smavs.server.attendance.FaceLayer;
import org.smavs.server.biometrics.FaceService;

/** The face evidence of a kiosk burst, and which frame becomes the record's selfie. */
final class KioskFaceCheck {
    private final FaceService faces;

    /** {@code faces} is null when face verification is switched off: the record then says FACE_UNAVAILABLE. */
    KioskFaceCheck(FaceService faces) {
        this.faces = faces;
    }

    record Outcome(FaceLayer.FaceEvidence face, byte[] selfie) {
    }

    /** {@code challenge} is null for offline captures, which had no live challenge. */
    Outcome evaluate(long studentId, Challenge challenge, List<byte[]> burst, long sessionId, long kioskId) {
        if (faces == null) {
            return new Outcome(new FaceLayer.FaceEvidence(null, null, List.of(ReasonCode.FACE_UNAVAILABLE), null), burst.get(0));
        }
        FaceService.BurstEvidence evidence = faces.evaluateBurst(studentId, challenge, burst, sessionId, kioskId);
        return new Outcome(evidence.evidence(), burst.get(evidence.bestFrame()));
    }
}
