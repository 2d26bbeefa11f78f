package org.smavs.server.attendance;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import org.smavs.model.attendance.ReasonCode;

/**
 * A 0–100 risk score explained entirely by the record's reason codes: the sum of their weights, capped at
 * 100. Weights reflect how strongly each reason suggests the student was not really there: evidence of a
 * different person or device weighs most, weak or circumstantial signals least.
 */
public final class RiskScorer {
    private static final Map<ReasonCode, Integer> WEIGHTS = new EnumMap<>(ReasonCode.class);

    static {
        WEIGHTS.put(ReasonCode.FACE_MISMATCH, 60);
        WEIGHTS.put(ReasonCode.DUPLICATE_FACE_IN_SESSION, 60);
        WEIGHTS.put(ReasonCode.LIVENESS_FAILED, 50);
        WEIGHTS.put(ReasonCode.CHALLENGE_FAILED, 45);
        WEIGHTS.put(ReasonCode.DEVICE_MISMATCH, 40);
        WEIGHTS.put(ReasonCode.NO_FACE, 40);
        WEIGHTS.put(ReasonCode.OUTSIDE_GEOFENCE, 35);
        WEIGHTS.put(ReasonCode.MULTIPLE_FACES, 30);
        WEIGHTS.put(ReasonCode.DEVICE_NOT_BOUND, 25);
        WEIGHTS.put(ReasonCode.NEW_DEVICE, 15);
        WEIGHTS.put(ReasonCode.DEVICE_SHARED, 40);
        WEIGHTS.put(ReasonCode.NOT_ENROLLED, 30);
        WEIGHTS.put(ReasonCode.DEVICE_NOT_VERIFIED, 15);
        WEIGHTS.put(ReasonCode.FACE_NOT_ENROLLED, 15);
        WEIGHTS.put(ReasonCode.FACE_UNAVAILABLE, 10);
        WEIGHTS.put(ReasonCode.LOW_GPS_ACCURACY, 10);
        WEIGHTS.put(ReasonCode.OFFLINE_CAPTURE, 5);
        WEIGHTS.put(ReasonCode.QR_EXPIRED_GRACE, 5);
        WEIGHTS.put(ReasonCode.LATE, 5);
    }

    private RiskScorer() {
    }

    public static int weight(ReasonCode code) {
        return WEIGHTS.getOrDefault(code, 20);
    }

    public static int score(Collection<ReasonCode> flags) {
        int sum = flags.stream().distinct().mapToInt(RiskScorer::weight).sum();
        return Math.min(100, sum);
    }
}
