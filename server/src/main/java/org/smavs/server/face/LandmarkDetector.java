package org.smavs.server.face;

/** Predicts 68 landmarks with fr_landmark from a grey 64×64 crop of the detected box. */
public final class LandmarkDetector {
    private static final int SIZE = 64;

    private final OnnxModel model;

    public LandmarkDetector(OnnxModel model) {
        this.model = model;
    }

    public FaceLandmarks detect(BgrImage image, FaceBox box) {
        Crop crop = Crop.around(image, box);
        float[] output = model.runSingle(prepareInput(image, crop));
        double[] xs = new double[FaceLandmarks.COUNT];
        double[] ys = new double[FaceLandmarks.COUNT];
        for (int i = 0; i < FaceLandmarks.COUNT; i++) {
            xs[i] = crop.x() + output[i * 2] * crop.width();
            ys[i] = crop.y() + output[i * 2 + 1] * crop.height();
        }
        return new FaceLandmarks(xs, ys);
    }

    static float[] prepareInput(BgrImage image, Crop crop) {
        float[] pixels = ImageResampler.cropResize(image, crop.x(), crop.y(), crop.width(), crop.height(), SIZE, SIZE);
        float[] grey = ImageResampler.toGrey(pixels);
        for (int i = 0; i < grey.length; i++) {
            grey[i] = grey[i] / 256f;
        }
        return grey;
    }
}
