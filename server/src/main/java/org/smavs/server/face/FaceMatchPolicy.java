package org.smavs.server.face;

/**
 * Same person or not: cosine similarity of two L2-normalised embeddings against a calibrated threshold.
 * The threshold trades false accepts for false rejects; see docs/face.md for how it was calibrated and
 * use {@code FaceAccuracyHarness} to recalibrate on your own photos.
 */
public final class FaceMatchPolicy {
    /** Calibrated on 2026-11-25; see docs/face.md. */
    public static final double DEFAULT_THRESHOLD = 0.45;

    private final double threshold;

    public FaceMatchPolicy(double threshold) {
        if (threshold <= -1 || threshold >= 1) {
            throw new IllegalArgumentException("threshold must lie strictly between -1 and 1");
        }
        this.threshold = threshold;
    }

    public FaceMatchPolicy() {
        this(DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    public FaceMatchResult compare(float[] probe, float[] reference) {
        double similarity = cosineSimilarity(probe, reference);
        return new FaceMatchResult(similarity >= threshold, similarity, threshold);
    }

    /** Cosine similarity; does not assume the inputs are normalised. */
    public static double cosineSimilarity(float[] a, float[] b) {
        if (a.length != b.length || a.length == 0) {
            throw new IllegalArgumentException("embeddings differ in length: " + a.length + " vs " + b.length);
        }
        double dot = 0;
        double normA = 0;
        double normB = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            normA += a[i] * a[i];
            normB += b[i] * b[i];
        }
        return dot / Math.max(Math.sqrt(normA * normB), 1e-12);
    }
}
