package org.smavs.model.face;

public record VerifyFaceResult(boolean match, double similarity, double threshold, boolean live,
                               double livenessScore) {
}
