package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smavs.server.face.FaceImages.ASTRONAUT;
import static org.smavs.server.face.FaceImages.GRACE_HOPPER;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The whole pipeline on the real models and the two committed portraits. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnnxFaceEngineTest {
    private static final Logger log = LoggerFactory.getLogger(OnnxFaceEngineTest.class);

    private OnnxFaceEngine engine;
    private final FaceMatchPolicy match = new FaceMatchPolicy();
    private final FaceQualityPolicy quality = new FaceQualityPolicy(FaceQualityThresholds.defaults());

    @BeforeAll
    void loadEngine() {
        engine = RealModels.loadEngine();
    }

    @AfterAll
    void closeEngine() {
        engine.close();
    }

    static Stream<Arguments> samePersonVariants() {
        List<Arguments> cases = new java.util.ArrayList<>();
        for (String portrait : List.of(ASTRONAUT, GRACE_HOPPER)) {
            cases.add(Arguments.of(portrait, "mirrored", (UnaryOperator<BufferedImage>) FaceImages::mirror));
            cases.add(Arguments.of(portrait, "half size", op(i -> FaceImages.scale(i, 0.5))));
            cases.add(Arguments.of(portrait, "double size", op(i -> FaceImages.scale(i, 2))));
            cases.add(Arguments.of(portrait, "rotated +15°", op(i -> FaceImages.rotate(i, 15))));
            cases.add(Arguments.of(portrait, "rotated -15°", op(i -> FaceImages.rotate(i, -15))));
            cases.add(Arguments.of(portrait, "brighter", op(i -> FaceImages.brightness(i, 1.4))));
            cases.add(Arguments.of(portrait, "darker", op(i -> FaceImages.brightness(i, 0.5))));
            cases.add(Arguments.of(portrait, "JPEG quality 0.2", op(i -> decode(FaceImages.jpeg(i, 0.2f)))));
            cases.add(Arguments.of(portrait, "cropped", op(i -> FaceImages.crop(i, 60, 20, 400, 440))));
            cases.add(Arguments.of(portrait, "on a phone screen", op(FaceImages::onScreen)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("samePersonVariants")
    void samePersonTransformedStaysAboveTheThreshold(String portrait, String variant,
                                                     UnaryOperator<BufferedImage> transform) {
        FaceAnalysis reference = engine.analyze(FaceImages.portraitBytes(portrait));
        FaceAnalysis probe = engine.analyze(FaceImages.png(transform.apply(FaceImages.portrait(portrait))));

        FaceMatchResult result = match.compare(probe.face().embedding(), reference.face().embedding());

        log.info("{} {}: similarity {}", portrait, variant, result.similarity());
        assertThat(result.match()).as("similarity %.3f", result.similarity()).isTrue();
    }

    @Test
    void theOtherPortraitIsBelowTheThreshold() {
        FaceAnalysis astronaut = engine.analyze(FaceImages.portraitBytes(ASTRONAUT));
        FaceAnalysis hopper = engine.analyze(FaceImages.portraitBytes(GRACE_HOPPER));

        FaceMatchResult result = match.compare(astronaut.face().embedding(), hopper.face().embedding());

        assertThat(result.match()).isFalse();
        assertThat(result.similarity()).isLessThan(0.3);
    }

    @Test
    void embeddingsAreUnitLength() {
        float[] embedding = engine.analyze(FaceImages.portraitBytes(GRACE_HOPPER)).face().embedding();

        assertThat(embedding).hasSize(FaceEmbedder.DIMENSIONS);
        assertThat(FaceMatchPolicy.cosineSimilarity(embedding, embedding)).isCloseTo(1.0,
                org.assertj.core.data.Offset.offset(1e-5));
    }

    @Test
    void theFaceIsFoundWhereItIs() {
        FaceAnalysis hopper = engine.analyze(FaceImages.portraitBytes(GRACE_HOPPER));

        assertThat(hopper.faceCount()).isEqualTo(1);
        FaceBox box = hopper.face().box();
        // the face sits roughly at x 165–350, y 120–335 in the 512×600 photo
        assertThat(box.centerX()).isBetween(230.0, 290.0);
        assertThat(box.centerY()).isBetween(190.0, 260.0);
        assertThat(hopper.face().sizePx()).isBetween(150, 230);
    }

    @Test
    void anImageWithoutAFaceReportsNoFace() {
        FaceAnalysis analysis = engine.analyze(FaceImages.png(FaceImages.noFace(640, 480)));

        assertThat(analysis.faceCount()).isZero();
        assertThat(quality.check(analysis)).extracting(QualityFailure::reason)
                .containsExactly(QualityFailureReason.NO_FACE);
    }

    @Test
    void twoPeopleSideBySideReportMultipleFaces() {
        BufferedImage pair = FaceImages.sideBySide(FaceImages.portrait(ASTRONAUT), FaceImages.portrait(GRACE_HOPPER));

        FaceAnalysis analysis = engine.analyze(FaceImages.png(pair));

        assertThat(analysis.faceCount()).isEqualTo(2);
        assertThat(quality.check(analysis)).extracting(QualityFailure::reason)
                .contains(QualityFailureReason.MULTIPLE_FACES);
    }

    @Test
    void aWeakSpuriousDetectionIsNotCountedAsAnotherPerson() {
        // slight blur makes the detector see a 0.74 "face" in the astronaut's hair
        BufferedImage slightlyBlurred = FaceImages.blur(FaceImages.portrait(ASTRONAUT), 1);

        assertThat(engine.analyze(FaceImages.png(slightlyBlurred)).faceCount()).isEqualTo(1);
    }

    @Test
    void theOriginalPortraitsPassTheQualityPolicy() {
        assertThat(quality.check(engine.analyze(FaceImages.portraitBytes(ASTRONAUT)))).isEmpty();
        assertThat(quality.check(engine.analyze(FaceImages.portraitBytes(GRACE_HOPPER)))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("portraits")
    void aDarkPhotoFailsAsTooDark(String portrait) {
        BufferedImage dark = FaceImages.brightness(FaceImages.portrait(portrait), 0.25);

        assertThat(quality.check(engine.analyze(FaceImages.png(dark)))).extracting(QualityFailure::reason)
                .contains(QualityFailureReason.TOO_DARK);
    }

    @ParameterizedTest
    @MethodSource("portraits")
    void aBlurredPhotoFailsAsTooBlurry(String portrait) {
        // radius 4 applied twice: the face is still found, but fine detail is gone
        BufferedImage blurred = FaceImages.blur(FaceImages.portrait(portrait), 4);

        assertThat(quality.check(engine.analyze(FaceImages.png(blurred)))).extracting(QualityFailure::reason)
                .contains(QualityFailureReason.TOO_BLURRY);
    }

    @Test
    void aTinyFaceFailsAsTooSmall() {
        BufferedImage small = FaceImages.scale(FaceImages.portrait(GRACE_HOPPER), 0.25);

        assertThat(quality.check(engine.analyze(FaceImages.png(small)))).extracting(QualityFailure::reason)
                .contains(QualityFailureReason.FACE_TOO_SMALL);
    }

    /**
     * The passive model reacts to a visible screen bezel. On these two scanned portraits the full frame
     * scores above 0.9 and the "photo on a phone" variant below 0.55 — a clear drop, though not to the
     * near-zero seen with real phone photos, so the test asserts the drop, not the vendor's 0.3 cut-off.
     */
    @ParameterizedTest
    @MethodSource("portraits")
    void aPhotoShownOnAScreenScoresFarLowerLiveness(String portrait) {
        double genuine = engine.analyze(FaceImages.portraitBytes(portrait)).face().livenessScore();
        double onScreen = engine.analyze(FaceImages.png(FaceImages.onScreen(FaceImages.portrait(portrait))))
                .face().livenessScore();

        log.info("{}: liveness full frame {}, on screen {}", portrait, genuine, onScreen);
        assertThat(genuine).isGreaterThan(0.9);
        assertThat(onScreen).isLessThan(0.55);
    }

    @Test
    void bytesThatAreNotAnImageAreRejectedClearly() {
        assertThatThrownBy(() -> engine.analyze("not an image".getBytes()))
                .isInstanceOf(UnreadableImageException.class);
        assertThatThrownBy(() -> engine.analyze(new byte[0])).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void aTruncatedJpegIsRejected() {
        byte[] full = FaceImages.portraitBytes(GRACE_HOPPER);
        byte[] truncated = java.util.Arrays.copyOf(full, 200);

        assertThatThrownBy(() -> engine.analyze(truncated)).isInstanceOf(UnreadableImageException.class);
    }

    @Test
    void greyscaleImagesAreAccepted() {
        BufferedImage colour = FaceImages.portrait(GRACE_HOPPER);
        BufferedImage grey = new BufferedImage(colour.getWidth(), colour.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(colour, 0, 0, null);

        FaceAnalysis analysis = engine.analyze(FaceImages.png(grey));

        assertThat(analysis.faceCount()).isEqualTo(1);
        FaceAnalysis reference = engine.analyze(FaceImages.portraitBytes(GRACE_HOPPER));
        assertThat(match.compare(analysis.face().embedding(), reference.face().embedding()).match()).isTrue();
    }

    @Test
    void thePoolGivesTheSameResultsAsSequentialCalls() {
        byte[] hopper = FaceImages.portraitBytes(GRACE_HOPPER);
        byte[] astronaut = FaceImages.portraitBytes(ASTRONAUT);
        List<byte[]> frames = List.of(hopper, astronaut, hopper, astronaut, hopper, astronaut);

        List<FaceAnalysis> parallel;
        try (FaceAnalysisPool pool = new FaceAnalysisPool(engine, 2, 8)) {
            parallel = pool.analyzeAll(frames).join();
        }

        for (int i = 0; i < frames.size(); i++) {
            float[] sequential = engine.analyze(frames.get(i)).face().embedding();
            assertThat(parallel.get(i).face().embedding()).containsExactly(sequential);
        }
    }

    @Test
    void aFullPoolRefusesWorkInsteadOfQueueingForever() {
        byte[] hopper = FaceImages.portraitBytes(GRACE_HOPPER);
        try (FaceAnalysisPool pool = new FaceAnalysisPool(engine, 1, 1)) {
            List<java.util.concurrent.CompletableFuture<FaceAnalysis>> submitted =
                    Stream.generate(() -> pool.analyze(hopper)).limit(6).toList();

            assertThat(submitted).anySatisfy(future -> assertThatThrownBy(future::join)
                    .hasCauseInstanceOf(FaceEngineBusyException.class));
        }
    }

    static Stream<String> portraits() {
        return Stream.of(ASTRONAUT, GRACE_HOPPER);
    }

    private static UnaryOperator<BufferedImage> op(UnaryOperator<BufferedImage> operator) {
        return operator;
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
