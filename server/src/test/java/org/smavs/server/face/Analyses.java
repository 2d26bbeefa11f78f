package org.smavs.server.face;

import java.util.Arrays;

/** Synthetic {@link FaceAnalysis} values for pure policy tests. */
final class Analyses {
    private Analyses() {
    }

    static float[] unitVector(int hot) {
        float[] v = new float[FaceEmbedder.DIMENSIONS];
        v[hot] = 1;
        return v;
    }

    static DetectedFace face(double eyesOpen, double yaw) {
        return face(unitVector(0), eyesOpen, yaw, 150, 500, 120, 0);
    }

    static DetectedFace face(float[] embedding, double eyesOpen, double yaw, int sizePx, double sharpness,
                             double brightness, double pitch) {
        return new DetectedFace(new FaceBox(100, 100, 100 + sizePx, 100 + sizePx, 0.99), sizePx,
                Arrays.copyOf(embedding, embedding.length), 0.95, eyesOpen, new HeadPose(yaw, pitch, 0), sharpness,
                brightness);
    }

    static FaceAnalysis frame(DetectedFace face) {
        return new FaceAnalysis(1, 640, 480, face);
    }

    static FaceAnalysis frame(int faceCount, DetectedFace face) {
        return new FaceAnalysis(faceCount, 640, 480, face);
    }

    static FaceAnalysis eyes(double open) {
        return frame(face(open, 0));
    }

    static FaceAnalysis yaw(double degrees) {
        return frame(face(1.0, degrees));
    }
}
