package org.smavs.server.face;

/**
 * Head orientation in degrees (fr_pose, a Hopenet-style model, ±99° range).
 * The sign of yaw relative to the student's left/right is fixed by {@link ChallengePolicy} and tested
 * with mirrored images; see docs/face.md.
 */
public record HeadPose(double yaw, double pitch, double roll) {
}
