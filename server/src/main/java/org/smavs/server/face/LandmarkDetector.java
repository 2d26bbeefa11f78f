package org.smavs.server.face;

import java.nio.FloatBuffer;

/** Predicts 68 landmarks with fr_landmark from a grey 64×64 crop of the detected box. */
public final class LandmarkDetector {
    private static final int SIZE = 64;

    private final OnnxModel model;

    public LandmarkDetector(OnnxModel model) {
        this.model = model;
    }

    public FaceLandmarks detect(BgrImage image, FaceBox box) {
        Crop crop = Crop.around(image, box);
        FloatBuffer input = model.inputBuffer();
        writeInput(image, crop, input);
        float[] output = model.runSingle(input);
        double[] xs = new double[FaceLandmarks.COUNT];
        double[] ys = new double[FaceLandmarks.COUNT];
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            xs[i] = crop.x() + output[i * 2] * crop.width();
            ys[i] = crop.y() + output[i * 2 + 1] * crop.height();
        }
        return new FaceLandmarks(xs, ys);
    }

    /** The input as a new array (for the opt-in OpenCV DNN benchmark, which feeds other runtimes). */
    static float[] prepareInput(BgrImage image, Crop crop) {
        float[] input = new float[SIZE * SIZE];
        writeInput(image, crop, FloatBuffer.wrap(input));
        return input;
    }

    /** The 1×1×64×64 input: grey / 256, as the model was trained. */
    static void writeInput(BgrImage image, Crop crop, FloatBuffer tensor) {
        ImageResampler.cropResize(image, crop.x(), crop.y(), crop.width(), crop.height(), SIZE, SIZE,
                new GreyRowWriter(tensor, 256f));
    }
}
