package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model input the row-by-row writers produce equals what the straightforward implementation
 * ({@link ReferencePreprocessing}) built, on real portraits and real detections, including crops that
 * leave the image. Reused buffers are pre-filled with garbage to prove every element is written.
 */
class PreprocessingEquivalenceTest {
    private static final float TOLERANCE = 1e-4f;
    private static FaceDetector detector;
    private static LandmarkDetector landmarks;
    private static List<OnnxModel> models;

    @BeforeAll
    static void loadModels() {
        FaceModels set = FaceModels.locate(RealModels.directory());
        OnnxModel detect = OnnxModel.load(set, FaceModel.DETECT);
        OnnxModel landmark = OnnxModel.load(set, FaceModel.LANDMARK);
        models = List.of(detect, landmark);
        detector = new FaceDetector(detect);
        landmarks = new LandmarkDetector(landmark);
    }

    @AfterAll
    static void closeModels() {
        models.forEach(OnnxModel::close);
    }

    static List<BgrImage> images() {
        var hopper = FaceImages.portrait(FaceImages.GRACE_HOPPER);
        var astronaut = FaceImages.portrait(FaceImages.ASTRONAUT);
        return List.of(ImageDecoder.toBgr(hopper), ImageDecoder.toBgr(astronaut),
                ImageDecoder.toBgr(FaceImages.scale(hopper, 0.4)), ImageDecoder.toBgr(FaceImages.scale(astronaut, 1.7)),
                ImageDecoder.toBgr(FaceImages.rotate(hopper, 25)),
                ImageDecoder.toBgr(FaceImages.crop(astronaut, 100, 20, 260, 200)));
    }

    @ParameterizedTest
    @MethodSource("images")
    void everyModelInputMatchesTheReference(BgrImage image) {
        assertSame(ReferencePreprocessing.detectInput(image), t -> FaceDetector.writeInput(image, t));
        List<FaceBox> faces = detector.detect(image);
        assertThat(faces).isNotEmpty();
        FaceBox box = faces.get(0);
        Crop crop = Crop.around(image, box);
        FaceLandmarks points = landmarks.detect(image, box);
        BgrImage aligned = new FaceAligner().align(image, points);
        assertThat(aligned.pixels()).containsExactly(ReferencePreprocessing.aligned(image, points).pixels());

        assertSame(ReferencePreprocessing.landmarkInput(image, crop), t -> LandmarkDetector.writeInput(image, crop, t));
        assertSame(ReferencePreprocessing.embedInput(aligned), t -> FaceEmbedder.writeInput(aligned, t));
        assertSame(ReferencePreprocessing.livenessInput(image, box), t -> LivenessDetector.writeInput(image, box, t));
        assertSame(ReferencePreprocessing.poseInput(image, box), t -> HeadPoseEstimator.writeInput(image, box, t));
        assertSame(ReferencePreprocessing.eyeInput(image, points.imageLeftEyeCenter(), points.imageLeftEyeWidth()),
                t -> EyeStateClassifier.writeInput(image, points.imageLeftEyeCenter(), points.imageLeftEyeWidth(), t));
        // a box hanging over the corner: border pixels repeat, as before
        FaceBox corner = new FaceBox(-30, -30, 60, 70, 1);
        assertSame(ReferencePreprocessing.livenessInput(image, corner), t -> LivenessDetector.writeInput(image, corner, t));
        assertSame(ReferencePreprocessing.poseInput(image, corner), t -> HeadPoseEstimator.writeInput(image, corner, t));
        double[] edge = {2, image.height() - 3.0};
        assertSame(ReferencePreprocessing.eyeInput(image, edge, 20), t -> EyeStateClassifier.writeInput(image, edge, 20, t));
    }

    private static void assertSame(float[] expected, Consumer<FloatBuffer> writer) {
        float[] actual = new float[expected.length];
        java.util.Arrays.fill(actual, Float.NaN);
        writer.accept(FloatBuffer.wrap(actual));
        // a plain loop: AssertJ's element-wise offset comparison takes seconds on 230 000 values
        float worst = 0;
        int worstIndex = -1;
        for (int i = 0; i < expected.length; i++) {
            float difference = Float.isNaN(actual[i]) ? Float.POSITIVE_INFINITY : Math.abs(actual[i] - expected[i]);
            if (difference > worst) {
                worst = difference;
                worstIndex = i;
            }
        }
        assertThat(worst).as("largest difference, at index %d", worstIndex).isLessThanOrEqualTo(TOLERANCE);
    }
}
