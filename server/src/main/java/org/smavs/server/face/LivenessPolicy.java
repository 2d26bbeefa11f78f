package org.smavs.server.face;

/**
 * Passive liveness verdict. The model is one weak signal (it mostly reacts to visible screen bezels and
 * paper borders), so callers combine it with the active challenge ({@link ChallengePolicy}).
 */
public final class LivenessPolicy {
    /** The vendor demo treats scores below 0.3 as spoofs. */
    public static final double DEFAULT_THRESHOLD = 0.3;

    private final double threshold;

    public LivenessPolicy(double threshold) {
        this.threshold = threshold;
    }

    public LivenessPolicy() {
        this(DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    public boolean isLive(DetectedFace face) {
        return face.livenessScore() >= threshold;
    }
}
