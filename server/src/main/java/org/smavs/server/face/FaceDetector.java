package org.smavs.server.face;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds faces with fr_detect (an RFB-320 "ultra-light" detector): the image is letterboxed into 320×240
 * so portrait selfies keep their proportions, the model's already-decoded boxes are filtered by score and
 * non-maximum suppression, and mapped back to image pixels.
 */
public final class FaceDetector {
    static final int INPUT_WIDTH = 320;
    static final int INPUT_HEIGHT = 240;
    private static final float[] CHANNEL_MEAN = {127f, 127f, 127f};
    private static final float[] CHANNEL_STD = {128f, 128f, 128f};
    private static final float[] ZERO_ROW = new float[INPUT_WIDTH];

    private final OnnxModel model;
    private final double minScore;
    private final double nmsIou;

    public FaceDetector(OnnxModel model, double minScore, double nmsIou) {
        this.model = model;
        this.minScore = minScore;
        this.nmsIou = nmsIou;
    }

    public FaceDetector(OnnxModel model) {
        this(model, 0.65, 0.4);
    }

    /** All faces, largest first. */
    public List<FaceBox> detect(BgrImage image) {
        Letterbox letterbox = Letterbox.fit(image.width(), image.height());
        FloatBuffer input = model.inputBuffer();
        letterbox.render(image, input);
        return decode(model.run(input), letterbox, image);
    }

    /** The letterboxed 1×3×240×320 input for an image. */
    static void writeInput(BgrImage image, FloatBuffer tensor) {
        Letterbox.fit(image.width(), image.height()).render(image, tensor);
    }

    private List<FaceBox> decode(Map<String, float[]> outputs, Letterbox letterbox, BgrImage image) {
        float[] scores = outputs.get("scores");
        float[] boxes = outputs.get("boxes");
        int anchors = scores.length / 2;
        List<FaceBox> candidates = new ArrayList<>();
        for (int i = 0; i < anchors; i++) {
            float score = scores[i * 2 + 1];
            if (score >= minScore) {
                candidates.add(letterbox.toImage(boxes[i * 4], boxes[i * 4 + 1], boxes[i * 4 + 2], boxes[i * 4 + 3],
                        score).clipTo(image.width(), image.height()));
            }
        }
        candidates.sort(Comparator.comparingDouble(FaceBox::score).reversed());
        List<FaceBox> kept = new ArrayList<>();
        for (FaceBox candidate : candidates) {
            if (candidate.area() > 0 && kept.stream().allMatch(k -> k.iou(candidate) < nmsIou)) {
                kept.add(candidate);
            }
        }
        kept.sort(Comparator.comparingDouble(FaceBox::area).reversed());
        return kept;
    }

    /** Where the scaled image sits inside the 320×240 input; the rest is neutral grey. */
    private record Letterbox(double scale, int offsetX, int offsetY, int scaledWidth, int scaledHeight) {
        static Letterbox fit(int width, int height) {
            double scale = Math.min(INPUT_WIDTH / (double) width, INPUT_HEIGHT / (double) height);
            int w = Math.max(1, (int) Math.round(width * scale));
            int h = Math.max(1, (int) Math.round(height * scale));
            return new Letterbox(scale, (INPUT_WIDTH - w) / 2, (INPUT_HEIGHT - h) / 2, w, h);
        }

        /**
         * Writes the scaled image straight into the planar tensor. The padding must be 0 (grey 127), and the
         * reused buffer still holds the last image, so it is cleared first (a memset, cheap next to resampling).
         */
        void render(BgrImage image, FloatBuffer tensor) {
            for (int i = 0; i < tensor.capacity(); i += ZERO_ROW.length) {
                tensor.put(i, ZERO_ROW);
            }
            ImageResampler.cropResize(image, 0, 0, image.width(), image.height(), scaledWidth, scaledHeight,
                    new PlanarRowWriter(tensor, INPUT_WIDTH, INPUT_HEIGHT, false, CHANNEL_MEAN, CHANNEL_STD)
                            .at(offsetX, offsetY));
        }

        /** The tensor as a new array: the opt-in OpenCvDnnBenchmark (profile bench-opencv) calls this by reflection. */
        float[] render(BgrImage image) {
            float[] tensor = new float[3 * INPUT_WIDTH * INPUT_HEIGHT];
            render(image, FloatBuffer.wrap(tensor));
            return tensor;
        }

        FaceBox toImage(float nx1, float ny1, float nx2, float ny2, float score) {
            return new FaceBox((nx1 * INPUT_WIDTH - offsetX) / scale, (ny1 * INPUT_HEIGHT - offsetY) / scale,
                    (nx2 * INPUT_WIDTH - offsetX) / scale, (ny2 * INPUT_HEIGHT - offsetY) / scale, score);
        }
    }
}
