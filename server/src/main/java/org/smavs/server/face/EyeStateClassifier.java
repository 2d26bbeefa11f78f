package org.smavs.server.face;

import java.nio.FloatBuffer;

/**
 * Open/closed eye classification with fr_eye: a square around each eye (the mean of its four lid points,
 * side 1.6 × the eye's corner-to-corner width), grey 24×24 scaled to 0–1; softmax class 0 = closed.
 */
public final class EyeStateClassifier {
    private static final int SIZE = 24;
    private static final double PADDING = 1.6;

    private final OnnxModel model;

    public EyeStateClassifier(OnnxModel model) {
        this.model = model;
    }

    /** Mean probability (0–1) over both eyes that the eye is open. */
    public double openProbability(BgrImage image, FaceLandmarks landmarks) {
        double left = openProbability(image, landmarks.imageLeftEyeCenter(), landmarks.imageLeftEyeWidth());
        double right = openProbability(image, landmarks.imageRightEyeCenter(), landmarks.imageRightEyeWidth());
        return (left + right) / 2;
    }

    private double openProbability(BgrImage image, double[] center, double eyeWidth) {
        FloatBuffer input = model.inputBuffer();
        writeInput(image, center, eyeWidth, input);
        return 1.0 - Softmax.of(model.runSingle(input))[0];
    }

    /** The input as a new array (for the opt-in OpenCV DNN benchmark, which feeds other runtimes). */
    static float[] prepareInput(BgrImage image, double[] center, double eyeWidth) {
        float[] input = new float[SIZE * SIZE];
        writeInput(image, center, eyeWidth, FloatBuffer.wrap(input));
        return input;
    }

    static void writeInput(BgrImage image, double[] center, double eyeWidth, FloatBuffer tensor) {
        double side = Math.max(2, eyeWidth * PADDING);
        ImageResampler.cropResize(image, center[0] - side / 2, center[1] - side / 2, side, side, SIZE, SIZE,
                new GreyRowWriter(tensor, 255f));
    }
}
