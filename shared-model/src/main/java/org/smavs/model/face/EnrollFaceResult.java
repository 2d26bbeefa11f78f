package org.smavs.model.face;

public record EnrollFaceResult(boolean enrolled, FaceQuality quality) {
}
