package org.smavs.server.face;

/**
 * Limits for {@link ChallengePolicy}.
 *
 * @param eyesOpenAbove        eyes count as open at or above this probability
 * @param eyesClosedBelow      eyes count as closed at or below this probability (the gap is hysteresis,
 *                             so a half-closed frame never counts as both)
 * @param minTurnDegrees       yaw change from the first frame that counts as a head turn
 * @param minSameFaceSimilarity every frame's face must match the first frame's at least this well, so one
 *                             person cannot start the challenge and another finish it
 */
public record ChallengeThresholds(double eyesOpenAbove, double eyesClosedBelow, double minTurnDegrees,
                                  double minSameFaceSimilarity) {

    public static ChallengeThresholds defaults() {
        return new ChallengeThresholds(0.6, 0.4, 15, 0.3);
    }
}
