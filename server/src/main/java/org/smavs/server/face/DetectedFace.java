package org.smavs.server.face;

/**
 * Everything measured on the largest face of an image.
 *
 * @param box                 the face rectangle in image pixels
 * @param sizePx              the shorter side of the box, the usual "face size" in quality rules
 * @param embedding           L2-normalised 512-d identity vector (shared, do not modify)
 * @param livenessScore       0–1, probability of a live person (passive model, one weak signal)
 * @param eyesOpenProbability 0–1, mean over both eyes
 * @param pose                head orientation in degrees
 * @param sharpness           variance of the Laplacian of the aligned grey face
 * @param brightness          mean luma (0–255) of the aligned face
 */
public record DetectedFace(FaceBox box, int sizePx, float[] embedding, double livenessScore,
                           double eyesOpenProbability, HeadPose pose, double sharpness, double brightness) {

    /** Leaves the embedding out: face data must never reach a log. */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT,
                "DetectedFace[box=(%.0f,%.0f,%.0f,%.0f) score=%.2f, sizePx=%d, liveness=%.3f, eyesOpen=%.2f, "
                        + "yaw=%.1f, pitch=%.1f, roll=%.1f, sharpness=%.1f, brightness=%.1f]",
                box.x1(), box.y1(), box.x2(), box.y2(), box.score(), sizePx, livenessScore, eyesOpenProbability,
                pose.yaw(), pose.pitch(), pose.roll(), sharpness, brightness);
    }
}
