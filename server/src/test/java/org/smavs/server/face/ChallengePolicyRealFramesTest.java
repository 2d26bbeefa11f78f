package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.smavs.model.kiosk.Challenge;

/**
 * The challenge policy on frames derived from the real portraits. A head turn is imitated by moving the
 * inner face sideways (what the pose model reads); mirroring such a frame must flip the direction. This
 * fixes the sign convention: features moved towards the image's right = the student turned to their
 * own left = yaw decreases.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChallengePolicyRealFramesTest {
    private OnnxFaceEngine engine;
    private final ChallengePolicy policy = new ChallengePolicy(ChallengeThresholds.defaults());

    @BeforeAll
    void loadEngine() {
        engine = RealModels.loadEngine();
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    private List<FaceAnalysis> burst(BufferedImage... frames) {
        return java.util.Arrays.stream(frames).map(f -> engine.analyze(FaceImages.png(f))).toList();
    }

    private FaceBox boxOf(BufferedImage image) {
        return engine.analyze(FaceImages.png(image)).face().box();
    }

    @ParameterizedTest
    @ValueSource(strings = {FaceImages.ASTRONAUT, FaceImages.GRACE_HOPPER})
    void featuresMovingTowardsTheImageRightAreATurnToTheStudentsLeft(String portrait) {
        BufferedImage straight = FaceImages.portrait(portrait);
        FaceBox box = boxOf(straight);
        List<FaceAnalysis> frames = burst(straight, FaceImages.turnedFace(straight, box, 0.15),
                FaceImages.turnedFace(straight, box, 0.3));

        assertThat(frames.get(2).face().pose().yaw()).isLessThan(frames.get(0).face().pose().yaw());
        assertThat(policy.evaluate(Challenge.TURN_LEFT, frames).outcome()).isEqualTo(ChallengeOutcome.PASSED);
        assertThat(policy.evaluate(Challenge.TURN_RIGHT, frames).outcome())
                .isEqualTo(ChallengeOutcome.WRONG_DIRECTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {FaceImages.ASTRONAUT, FaceImages.GRACE_HOPPER})
    void aMirroredTurnIsTheOppositeTurn(String portrait) {
        BufferedImage straight = FaceImages.portrait(portrait);
        FaceBox box = boxOf(straight);
        List<FaceAnalysis> mirrored = burst(FaceImages.mirror(straight),
                FaceImages.mirror(FaceImages.turnedFace(straight, box, 0.15)),
                FaceImages.mirror(FaceImages.turnedFace(straight, box, 0.3)));

        assertThat(policy.evaluate(Challenge.TURN_RIGHT, mirrored).outcome()).isEqualTo(ChallengeOutcome.PASSED);
        assertThat(policy.evaluate(Challenge.TURN_LEFT, mirrored).outcome())
                .isEqualTo(ChallengeOutcome.WRONG_DIRECTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {FaceImages.ASTRONAUT, FaceImages.GRACE_HOPPER})
    void aStillPhotoPassesNeitherChallenge(String portrait) {
        BufferedImage still = FaceImages.portrait(portrait);
        List<FaceAnalysis> frames = burst(still, FaceImages.rotate(still, 3), still);

        assertThat(policy.evaluate(Challenge.BLINK, frames).passed()).isFalse();
        assertThat(policy.evaluate(Challenge.TURN_LEFT, frames).passed()).isFalse();
        assertThat(policy.evaluate(Challenge.TURN_RIGHT, frames).passed()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {FaceImages.ASTRONAUT, FaceImages.GRACE_HOPPER})
    void paintedShutEyesBetweenOpenFramesAreABlink(String portrait) {
        BufferedImage open = FaceImages.portrait(portrait);
        BgrImage decoded = ImageDecoder.toBgr(open);
        FaceBox box = boxOf(open);
        FaceLandmarks landmarks;
        try (OnnxModel model = OnnxModel.load(FaceModels.locate(RealModels.directory()), FaceModel.LANDMARK)) {
            landmarks = new LandmarkDetector(model).detect(decoded, box);
        }
        List<FaceAnalysis> frames = burst(open, FaceImages.closedEyes(open, landmarks), open);

        assertThat(frames.get(1).face().eyesOpenProbability()).isLessThan(0.4);
        assertThat(policy.evaluate(Challenge.BLINK, frames).outcome()).isEqualTo(ChallengeOutcome.PASSED);
    }
}
