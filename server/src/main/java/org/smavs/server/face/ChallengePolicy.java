package org.smavs.server.face;

import java.util.List;
import java.util.Locale;
import org.smavs.model.kiosk.Challenge;

/**
 * Decides whether a burst of analysed frames (in capture order) performed the active challenge the
 * server issued: a blink (eyes open → closed → open) or a head turn to the student's left or right.
 *
 * <p>Direction convention: frames are the camera's own, un-mirrored images (the kiosk may show a mirrored
 * preview, but must send what the camera saw). With fr_pose, yaw <em>decreases</em> when the student turns
 * to <em>their</em> left — their nose moves towards the right edge of the image. This was established
 * with mirrored test images (see {@code ChallengePolicyRealFramesTest}) and is documented in docs/face.md.
 *
 * <p>Frames without a face are skipped (a strongly turned face or a closed-eye frame may be missed by the
 * detector), but at least two frames must show a face, no frame may show several, and every face must
 * match the first so that one person cannot hand over to another mid-challenge.
 */
public final class ChallengePolicy {
    /** Sign of the yaw change when the student turns to their own left. */
    static final int STUDENT_LEFT_YAW_SIGN = -1;

    private final ChallengeThresholds thresholds;

    public ChallengePolicy(ChallengeThresholds thresholds) {
        this.thresholds = thresholds;
    }

    public ChallengeResult evaluate(Challenge challenge, List<FaceAnalysis> frames) {
        if (frames.isEmpty()) {
            return new ChallengeResult(ChallengeOutcome.NO_FRAMES, "No frames were received.");
        }
        if (frames.stream().anyMatch(f -> f.faceCount() > 1)) {
            return new ChallengeResult(ChallengeOutcome.MULTIPLE_FACES, "More than one face is in the picture.");
        }
        List<DetectedFace> faces = frames.stream().filter(FaceAnalysis::hasFace).map(FaceAnalysis::face).toList();
        if (faces.size() < 2) {
            return new ChallengeResult(ChallengeOutcome.FACE_MISSING, String.format(Locale.ROOT,
                    "A face was visible in %d of %d frames.", faces.size(), frames.size()));
        }
        float[] first = faces.get(0).embedding();
        for (DetectedFace face : faces) {
            if (FaceMatchPolicy.cosineSimilarity(first, face.embedding()) < thresholds.minSameFaceSimilarity()) {
                return new ChallengeResult(ChallengeOutcome.DIFFERENT_PERSON,
                        "The face changed during the challenge.");
            }
        }
        return switch (challenge) {
            case BLINK -> evaluateBlink(faces);
            case TURN_LEFT -> evaluateTurn(faces, STUDENT_LEFT_YAW_SIGN, "left");
            case TURN_RIGHT -> evaluateTurn(faces, -STUDENT_LEFT_YAW_SIGN, "right");
        };
    }

    private ChallengeResult evaluateBlink(List<DetectedFace> faces) {
        // open → closed → open, each state confirmed by at least one frame, in that order
        int stage = 0;
        for (DetectedFace face : faces) {
            double open = face.eyesOpenProbability();
            if (stage == 0 && open >= thresholds.eyesOpenAbove()) {
                stage = 1;
            } else if (stage == 1 && open <= thresholds.eyesClosedBelow()) {
                stage = 2;
            } else if (stage == 2 && open >= thresholds.eyesOpenAbove()) {
                return new ChallengeResult(ChallengeOutcome.PASSED, "Blink seen.");
            }
        }
        return new ChallengeResult(ChallengeOutcome.NO_BLINK, switch (stage) {
            case 0 -> "The eyes were never clearly open.";
            case 1 -> "The eyes never closed.";
            default -> "The eyes did not open again after closing.";
        });
    }

    private ChallengeResult evaluateTurn(List<DetectedFace> faces, int sign, String side) {
        double baseline = faces.get(0).pose().yaw();
        double towards = 0;
        double away = 0;
        for (DetectedFace face : faces) {
            double change = (face.pose().yaw() - baseline) * sign;
            towards = Math.max(towards, change);
            away = Math.max(away, -change);
        }
        if (towards >= thresholds.minTurnDegrees()) {
            return new ChallengeResult(ChallengeOutcome.PASSED,
                    String.format(Locale.ROOT, "Turned %s by %.0f°.", side, towards));
        }
        if (away >= thresholds.minTurnDegrees()) {
            return new ChallengeResult(ChallengeOutcome.WRONG_DIRECTION,
                    String.format(Locale.ROOT, "Turned the wrong way (%.0f°); please turn %s.", away, side));
        }
        return new ChallengeResult(ChallengeOutcome.NO_TURN, String.format(Locale.ROOT,
                "The head turned at most %.0f° %s; %.0f° needed.", towards, side, thresholds.minTurnDegrees()));
    }
}
