package org.smavs.server.face;

/**
 * Limits for {@link FaceQualityPolicy}. Sharpness and brightness are measured on the aligned 112×112 face,
 * so they do not depend on the photo's resolution.
 *
 * @param minFaceSizePx  shorter side of the face box in pixels
 * @param minSharpness   variance of the Laplacian; sharp portraits score several hundred or more
 * @param minBrightness  mean luma 0–255
 * @param maxBrightness  mean luma 0–255
 * @param maxAbsYaw      degrees
 * @param maxAbsPitch    degrees
 */
public record FaceQualityThresholds(int minFaceSizePx, double minSharpness, double minBrightness,
                                    double maxBrightness, double maxAbsYaw, double maxAbsPitch) {

    /** Defaults calibrated on the test portraits and their degraded variants (docs/face.md). */
    public static FaceQualityThresholds defaults() {
        return new FaceQualityThresholds(64, 100, 50, 220, 25, 25);
    }
}
