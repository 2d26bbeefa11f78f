package org.smavs.server.face;

import java.nio.FloatBuffer;

/**
 * Passive liveness with fr_liveness: the face box enlarged 2.7× so the model sees the surroundings
 * (screen bezels and paper edges are its strongest cues), 128×128, raw 0–255 values, softmax; class 0 = live.
 */
public final class LivenessDetector {
    private static final int SIZE = 128;
    private static final double CONTEXT_FACTOR = 2.7;
    private static final float[] ZERO = {0f, 0f, 0f};
    private static final float[] ONE = {1f, 1f, 1f};

    private final OnnxModel model;

    public LivenessDetector(OnnxModel model) {
        this.model = model;
    }

    /** Probability (0–1) that the face is a live person rather than a photo or screen. */
    public double score(BgrImage image, FaceBox box) {
        FloatBuffer input = model.inputBuffer();
        writeInput(image, box, input);
        return Softmax.of(model.runSingle(input))[0];
    }

    /** The input as a new array (for the opt-in OpenCV DNN benchmark, which feeds other runtimes). */
    static float[] prepareInput(BgrImage image, FaceBox box) {
        float[] input = new float[3 * SIZE * SIZE];
        writeInput(image, box, FloatBuffer.wrap(input));
        return input;
    }

    static void writeInput(BgrImage image, FaceBox box, FloatBuffer tensor) {
        Crop crop = Crop.around(image, box, CONTEXT_FACTOR);
        ImageResampler.cropResize(image, crop.x(), crop.y(), crop.width(), crop.height(), SIZE, SIZE,
                new PlanarRowWriter(tensor, SIZE, SIZE, false, ZERO, ONE));
    }
}
