package org.smavs.server.attendance;

import java.util.List;
import org.smavs.model.attendance.ReasonCode;

/**
 * The face/liveness layer of a submission, as the attendance pipeline sees it. Two implementations:
 * the model-backed one in {@code org.smavs.server.face}, and {@link #UNAVAILABLE} for servers run with
 * face verification switched off (SMAVS_FACE_ENABLED=false), which says so with FACE_UNAVAILABLE
 * instead of pretending.
 */
public interface FaceLayer {

    /** Evidence for one selfie (or kiosk frame burst already reduced to its best frame) of one student. */
    FaceEvidence evaluate(long studentId, byte[] selfieJpegOrPng);

    boolean available();

    /** What the face layer found; null scores mean "not measured". */
    record FaceEvidence(Double similarity, Double livenessScore, List<ReasonCode> flags, float[] embedding) {
        public FaceEvidence {
            flags = List.copyOf(flags);
        }
    }

    FaceLayer UNAVAILABLE = new FaceLayer() {
        @Override
        public FaceEvidence evaluate(long studentId, byte[] selfie) {
            return new FaceEvidence(null, null, List.of(ReasonCode.FACE_UNAVAILABLE), null);
        }

        @Override
        public boolean available() {
            return false;
        }
    };
}
