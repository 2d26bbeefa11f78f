package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.server.face.Analyses.eyes;
import static org.smavs.server.face.Analyses.yaw;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.model.kiosk.Challenge;

/** The challenge rules on synthetic frame sequences. */
class ChallengePolicyTest {
    private final ChallengePolicy policy = new ChallengePolicy(ChallengeThresholds.defaults());

    private ChallengeOutcome outcome(Challenge challenge, FaceAnalysis... frames) {
        return policy.evaluate(challenge, List.of(frames)).outcome();
    }

    @Test
    void openClosedOpenIsABlink() {
        assertThat(outcome(Challenge.BLINK, eyes(0.95), eyes(0.9), eyes(0.1), eyes(0.05), eyes(0.97)))
                .isEqualTo(ChallengeOutcome.PASSED);
    }

    @Test
    void eyesThatNeverCloseAreNoBlink() {
        assertThat(outcome(Challenge.BLINK, eyes(0.95), eyes(0.7), eyes(0.5), eyes(0.97)))
                .isEqualTo(ChallengeOutcome.NO_BLINK);
    }

    @Test
    void eyesThatStayClosedAreNoBlink() {
        assertThat(outcome(Challenge.BLINK, eyes(0.95), eyes(0.1), eyes(0.1), eyes(0.5)))
                .isEqualTo(ChallengeOutcome.NO_BLINK);
    }

    @Test
    void closedThenOpenWithoutOpenFirstIsNoBlink() {
        // a photo with shut eyes swapped for an open one: the sequence must start open
        assertThat(outcome(Challenge.BLINK, eyes(0.1), eyes(0.95))).isEqualTo(ChallengeOutcome.NO_BLINK);
    }

    @Test
    void yawDecreasingBeyondTheThresholdIsATurnToTheStudentsLeft() {
        assertThat(outcome(Challenge.TURN_LEFT, yaw(2), yaw(-5), yaw(-20))).isEqualTo(ChallengeOutcome.PASSED);
    }

    @Test
    void yawIncreasingBeyondTheThresholdIsATurnToTheStudentsRight() {
        assertThat(outcome(Challenge.TURN_RIGHT, yaw(-3), yaw(8), yaw(14))).isEqualTo(ChallengeOutcome.PASSED);
    }

    @Test
    void turningTheOtherWayIsReportedAsWrongDirection() {
        assertThat(outcome(Challenge.TURN_LEFT, yaw(0), yaw(25))).isEqualTo(ChallengeOutcome.WRONG_DIRECTION);
        assertThat(outcome(Challenge.TURN_RIGHT, yaw(0), yaw(-25))).isEqualTo(ChallengeOutcome.WRONG_DIRECTION);
    }

    @Test
    void theTurnIsMeasuredFromTheFirstFrameNotFromZero() {
        // the student started turned 20° to their left already; turning 10° further is not enough
        assertThat(outcome(Challenge.TURN_LEFT, yaw(-20), yaw(-30))).isEqualTo(ChallengeOutcome.NO_TURN);
    }

    @Test
    void aSmallTurnIsNotEnough() {
        assertThat(outcome(Challenge.TURN_LEFT, yaw(0), yaw(-10))).isEqualTo(ChallengeOutcome.NO_TURN);
    }

    @Test
    void noFramesFail() {
        assertThat(outcome(Challenge.BLINK)).isEqualTo(ChallengeOutcome.NO_FRAMES);
    }

    @Test
    void framesWithoutAFaceAreSkippedButTwoFacesAreNeeded() {
        FaceAnalysis empty = FaceAnalysis.noFace(640, 480);

        assertThat(outcome(Challenge.TURN_LEFT, yaw(0), empty, yaw(-20))).isEqualTo(ChallengeOutcome.PASSED);
        assertThat(outcome(Challenge.TURN_LEFT, empty, yaw(-20), empty)).isEqualTo(ChallengeOutcome.FACE_MISSING);
    }

    @Test
    void aSecondPersonInAnyFrameFails() {
        assertThat(outcome(Challenge.TURN_LEFT, yaw(0), Analyses.frame(2, Analyses.face(1, -20))))
                .isEqualTo(ChallengeOutcome.MULTIPLE_FACES);
    }

    @Test
    void aDifferentPersonFinishingTheChallengeFails() {
        FaceAnalysis start = Analyses.frame(Analyses.face(Analyses.unitVector(0), 1, 0, 150, 500, 120, 0));
        FaceAnalysis other = Analyses.frame(Analyses.face(Analyses.unitVector(1), 1, -25, 150, 500, 120, 0));

        assertThat(outcome(Challenge.TURN_LEFT, start, other)).isEqualTo(ChallengeOutcome.DIFFERENT_PERSON);
    }
}
