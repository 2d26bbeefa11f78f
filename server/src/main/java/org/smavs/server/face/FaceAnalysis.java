package org.smavs.server.face;

import java.util.Optional;

/**
 * The result of analysing one image: how many faces the detector found and, when there is at least one,
 * the measurements of the largest (the person in front of the camera).
 *
 * @param faceCount   number of people in the picture: the largest face plus any other confidently
 *                    detected face at least a third of its size
 * @param imageWidth  decoded width in pixels
 * @param imageHeight decoded height in pixels
 * @param face        the largest face, or {@code null} when {@code faceCount == 0}
 */
public record FaceAnalysis(int faceCount, int imageWidth, int imageHeight, DetectedFace face) {

    public FaceAnalysis {
        if ((faceCount == 0) != (face == null)) {
            throw new IllegalArgumentException("a face must be present exactly when faceCount > 0");
        }
    }

    public static FaceAnalysis noFace(int imageWidth, int imageHeight) {
        return new FaceAnalysis(0, imageWidth, imageHeight, null);
    }

    public Optional<DetectedFace> largestFace() {
        return Optional.ofNullable(face);
    }

    public boolean hasFace() {
        return face != null;
    }
}
