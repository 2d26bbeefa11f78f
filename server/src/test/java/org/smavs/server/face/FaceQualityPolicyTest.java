package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FaceQualityPolicyTest {
    private final FaceQualityPolicy policy = new FaceQualityPolicy(FaceQualityThresholds.defaults());

    private static FaceAnalysis one(int sizePx, double sharpness, double brightness, double yaw, double pitch) {
        return Analyses.frame(Analyses.face(Analyses.unitVector(0), 1, yaw, sizePx, sharpness, brightness, pitch));
    }

    @Test
    void aGoodPhotoHasNoFailures() {
        assertThat(policy.check(one(150, 500, 120, 0, 0))).isEmpty();
        assertThat(policy.isAcceptable(one(150, 500, 120, 0, 0))).isTrue();
    }

    @Test
    void noFaceIsTheOnlyFailureReportedWhenNothingWasFound() {
        assertThat(policy.check(FaceAnalysis.noFace(640, 480))).extracting(QualityFailure::reason)
                .containsExactly(QualityFailureReason.NO_FACE);
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        FaceAnalysis bad = Analyses.frame(3, Analyses.face(Analyses.unitVector(0), 1, 40, 30, 10, 20, 0));

        assertThat(policy.check(bad)).extracting(QualityFailure::reason).containsExactly(
                QualityFailureReason.MULTIPLE_FACES, QualityFailureReason.FACE_TOO_SMALL,
                QualityFailureReason.TOO_BLURRY, QualityFailureReason.TOO_DARK, QualityFailureReason.NOT_FRONTAL);
    }

    @Test
    void overExposedAndLookingUpAreReported() {
        assertThat(policy.check(one(150, 500, 240, 0, 35))).extracting(QualityFailure::reason)
                .containsExactly(QualityFailureReason.TOO_BRIGHT, QualityFailureReason.NOT_FRONTAL);
    }

    @Test
    void messagesTellTheStudentWhatToDo() {
        assertThat(policy.check(one(30, 500, 120, 0, 0))).singleElement()
                .satisfies(failure -> assertThat(failure.message()).contains("Move closer"));
    }

    @Test
    void limitsAreInclusive() {
        FaceQualityThresholds t = FaceQualityThresholds.defaults();
        assertThat(policy.check(one(t.minFaceSizePx(), t.minSharpness(), t.minBrightness(), t.maxAbsYaw(),
                -t.maxAbsPitch()))).isEmpty();
    }
}
