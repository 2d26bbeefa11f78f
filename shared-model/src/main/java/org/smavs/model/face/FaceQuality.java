package org.smavs.model.face;

public record FaceQuality(int faceSizePx, double sharpness, double brightness, double yaw, double pitch) {
}
