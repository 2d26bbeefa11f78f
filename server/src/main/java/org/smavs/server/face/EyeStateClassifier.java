package org.smavs.server.face;

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
        return 1.0 - Softmax.of(model.runSingle(prepareInput(image, center, eyeWidth)))[0];
    }

    static float[] prepareInput(BgrImage image, double[] center, double eyeWidth) {
        double side = Math.max(2, eyeWidth * PADDING);
        float[] pixels = ImageResampler.cropResize(image, center[0] - side / 2, center[1] - side / 2, side, side,
                SIZE, SIZE);
        float[] grey = ImageResampler.toGrey(pixels);
        for (int i = 0; i < grey.length; i++) {
            grey[i] = grey[i] / 255f;
        }
        return grey;
    }
}
