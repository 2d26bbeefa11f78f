package org.smavs.server.face;

import java.nio.FloatBuffer;

/** Computes the 512-d identity embedding of an aligned face with fr_feature (BGR, (px − 127) / 128). */
public final class FaceEmbedder {
    public static final int DIMENSIONS = 512;
    private static final float[] MEAN = {127f, 127f, 127f};
    private static final float[] STD = {128f, 128f, 128f};

    private final OnnxModel model;

    public FaceEmbedder(OnnxModel model) {
        this.model = model;
    }

    /** The L2-normalised embedding, so cosine similarity is a plain dot product. */
    public float[] embed(BgrImage alignedFace) {
        FloatBuffer input = model.inputBuffer();
        writeInput(alignedFace, input);
        float[] raw = model.runSingle(input);
        double sumSquares = 0;
        for (float v : raw) {
            sumSquares += v * v;
        }
        float inv = (float) (1.0 / Math.max(Math.sqrt(sumSquares), 1e-12));
        float[] embedding = new float[raw.length];
        for (int i = 0; i < raw.length; i++) {
            embedding[i] = raw[i] * inv;
        }
        return embedding;
    }

    /** The input as a new array (for the opt-in OpenCV DNN benchmark, which feeds other runtimes). */
    static float[] prepareInput(BgrImage alignedFace) {
        float[] input = new float[3 * alignedFace.width() * alignedFace.height()];
        writeInput(alignedFace, FloatBuffer.wrap(input));
        return input;
    }

    static void writeInput(BgrImage alignedFace, FloatBuffer tensor) {
        new PlanarRowWriter(tensor, alignedFace.width(), alignedFace.height(), false, MEAN, STD).write(alignedFace);
    }
}
