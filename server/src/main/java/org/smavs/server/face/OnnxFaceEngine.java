package org.smavs.server.face;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The face pipeline on ONNX Runtime: decode → detect → landmarks → align → embed, plus passive liveness,
 * eye state and head pose, and crop quality. Each model is loaded once and shared by all threads; a call
 * runs entirely on the caller's thread, so throughput scales with the number of calling threads (see
 * {@link FaceAnalysisPool}).
 */
public final class OnnxFaceEngine implements FaceEngine {
    private static final Logger log = LoggerFactory.getLogger(OnnxFaceEngine.class);
    /**
     * A second face counts as another person only when the detector is sure of it and it is not tiny
     * next to the main face: at the 0.65 detection cut-off, blurred hair or patterns occasionally produce a
     * weak extra box (seen at 0.74 on a slightly blurred test portrait), which must not fail a genuine selfie.
     */
    private static final double OTHER_FACE_MIN_SCORE = 0.85;
    private static final double OTHER_FACE_MIN_RELATIVE_SIZE = 0.33;

    private final String modelVersion;
    private final List<OnnxModel> loaded;
    private final ImageDecoder decoder;
    private final FaceDetector detector;
    private final LandmarkDetector landmarks;
    private final FaceAligner aligner = new FaceAligner();
    private final FaceEmbedder embedder;
    private final LivenessDetector liveness;
    private final EyeStateClassifier eyes;
    private final HeadPoseEstimator pose;

    private OnnxFaceEngine(FaceModels models, Map<FaceModel, OnnxModel> sessions, ImageDecoder decoder) {
        this.modelVersion = models.version();
        this.loaded = new ArrayList<>(sessions.values());
        this.decoder = decoder;
        this.detector = new FaceDetector(sessions.get(FaceModel.DETECT));
        this.landmarks = new LandmarkDetector(sessions.get(FaceModel.LANDMARK));
        this.embedder = new FaceEmbedder(sessions.get(FaceModel.FEATURE));
        this.liveness = new LivenessDetector(sessions.get(FaceModel.LIVENESS));
        this.eyes = new EyeStateClassifier(sessions.get(FaceModel.EYE));
        this.pose = new HeadPoseEstimator(sessions.get(FaceModel.POSE));
    }

    /** Loads all models from a verified directory and runs each once so the first request is not slow. */
    public static OnnxFaceEngine load(FaceModels models) {
        return load(models, new ImageDecoder());
    }

    public static OnnxFaceEngine load(FaceModels models, ImageDecoder decoder) {
        long start = System.nanoTime();
        Map<FaceModel, OnnxModel> sessions = new EnumMap<>(FaceModel.class);
        try {
            for (FaceModel model : FaceModel.values()) {
                sessions.put(model, OnnxModel.load(models, model));
            }
        } catch (RuntimeException e) {
            sessions.values().forEach(OnnxModel::close);
            throw e;
        }
        OnnxFaceEngine engine = new OnnxFaceEngine(models, sessions, decoder);
        engine.warmUp();
        log.info("Face engine ready in {} ms (models {})", (System.nanoTime() - start) / 1_000_000,
                models.version());
        return engine;
    }

    @Override
    public FaceAnalysis analyze(byte[] imageBytes) {
        return analyze(decoder.decode(imageBytes));
    }

    /** Analyses an already decoded image. */
    @Override
    public FaceAnalysis analyze(BgrImage image) {
        List<FaceBox> faces = detector.detect(image);
        if (faces.isEmpty()) {
            return FaceAnalysis.noFace(image.width(), image.height());
        }
        FaceBox box = faces.get(0);
        FaceLandmarks points = landmarks.detect(image, box);
        BgrImage aligned = aligner.align(image, points);
        FaceCropQuality quality = FaceCropQuality.of(aligned);
        DetectedFace face = new DetectedFace(box, (int) Math.round(Math.min(box.width(), box.height())),
                embedder.embed(aligned), liveness.score(image, box), eyes.openProbability(image, points),
                pose.estimate(image, box), quality.sharpness(), quality.brightness());
        return new FaceAnalysis(countPeople(faces), image.width(), image.height(), face);
    }

    private static int countPeople(List<FaceBox> largestFirst) {
        FaceBox main = largestFirst.get(0);
        double mainSide = Math.min(main.width(), main.height());
        int count = 1;
        for (FaceBox other : largestFirst.subList(1, largestFirst.size())) {
            if (other.score() >= OTHER_FACE_MIN_SCORE
                    && Math.min(other.width(), other.height()) >= OTHER_FACE_MIN_RELATIVE_SIZE * mainSide) {
                count++;
            }
        }
        return count;
    }

    @Override
    public String modelVersion() {
        return modelVersion;
    }

    @Override
    public void close() {
        loaded.forEach(OnnxModel::close);
    }

    private void warmUp() {
        // a mid-grey image: the detector finds nothing, so also warm the later stages on a fixed box
        BgrImage grey = new BgrImage(64, 64, filled(64 * 64 * 3));
        detector.detect(grey);
        FaceBox box = new FaceBox(8, 8, 56, 56, 1);
        FaceLandmarks points = landmarks.detect(grey, box);
        embedder.embed(new BgrImage(FaceAligner.SIZE, FaceAligner.SIZE,
                filled(FaceAligner.SIZE * FaceAligner.SIZE * 3)));
        liveness.score(grey, box);
        eyes.openProbability(grey, points);
        pose.estimate(grey, box);
    }

    private static byte[] filled(int length) {
        byte[] values = new byte[length];
        java.util.Arrays.fill(values, (byte) 127);
        return values;
    }
}
