package org.smavs.server.face;

import java.nio.FloatBuffer;
import java.util.Map;

/**
 * Head pose with fr_pose: the face box grown by a quarter on each side, 224×224 RGB with ImageNet
 * mean/std; each of the three outputs is a softmax over 66 bins of 3°, read as its expectation.
 */
public final class HeadPoseEstimator {
    private static final int SIZE = 224;
    private static final float[] MEAN = {0.485f * 255, 0.456f * 255, 0.406f * 255};
    private static final float[] STD = {0.229f * 255, 0.224f * 255, 0.225f * 255};

    private final OnnxModel model;

    public HeadPoseEstimator(OnnxModel model) {
        this.model = model;
    }

    public HeadPose estimate(BgrImage image, FaceBox box) {
        FloatBuffer input = model.inputBuffer();
        writeInput(image, box, input);
        Map<String, float[]> outputs = model.run(input);
        return new HeadPose(expectedAngle(outputs.get("output")), expectedAngle(outputs.get("617")),
                expectedAngle(outputs.get("618")));
    }

    /** The input as a new array (for the opt-in OpenCV DNN benchmark, which feeds other runtimes). */
    static float[] prepareInput(BgrImage image, FaceBox box) {
        float[] input = new float[3 * SIZE * SIZE];
        writeInput(image, box, FloatBuffer.wrap(input));
        return input;
    }

    static void writeInput(BgrImage image, FaceBox box, FloatBuffer tensor) {
        double marginX = box.width() / 4;
        double marginY = box.height() / 4;
        FaceBox grown = new FaceBox(box.x1() - marginX, box.y1() - marginY, box.x2() + marginX, box.y2() + marginY,
                box.score()).clipTo(image.width(), image.height());
        ImageResampler.cropResize(image, grown.x1(), grown.y1(), grown.width(), grown.height(), SIZE, SIZE,
                new PlanarRowWriter(tensor, SIZE, SIZE, true, MEAN, STD));
    }

    private static double expectedAngle(float[] logits) {
        double[] p = Softmax.of(logits);
        double expectation = 0;
        for (int i = 0; i < p.length; i++) {
            expectation += p[i] * i;
        }
        return expectation * 3 - 99;
    }
}
