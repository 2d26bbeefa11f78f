package org.smavs.server.attendance;

import java.util.List;
import org.smavs.model.attendance.ReasonCode;

/**
 * What the face layer found in one check-in: match similarity, passive liveness, the reasons (including a
 * failed kiosk challenge) and the embedding for the duplicate-face check. Null scores mean "not measured";
 * a null embedding means none was computed (no face, no consent, face verification off).
 */
public record FaceEvidence(Double similarity, Double livenessScore, List<ReasonCode> flags, float[] embedding) {

    public FaceEvidence {
        flags = List.copyOf(flags);
    }

    /** Evidence that says only why nothing was measured. */
    public static FaceEvidence notMeasured(ReasonCode reason) {
        return new FaceEvidence(null, null, List.of(reason), null);
    }
}
