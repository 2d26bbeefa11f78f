package org.smavs.server.face;

import java.nio.FloatBuffer;

/** Lays resampled BGR rows into a one-channel model input as grey (OpenCV's BGR2GRAY weights) / divisor. */
final class GreyRowWriter implements ImageResampler.RowSink {
    private final FloatBuffer tensor;
    private final float divisor;
    private float[] grey = new float[0];

    GreyRowWriter(FloatBuffer tensor, float divisor) {
        this.tensor = tensor;
        this.divisor = divisor;
    }

    @Override
    public void row(int y, float[] bgr) {
        int width = bgr.length / 3;
        if (grey.length < width) {
            grey = new float[width];
        }
        for (int x = 0, j = 0; x < width; x++, j += 3) {
            grey[x] = (0.114f * bgr[j] + 0.587f * bgr[j + 1] + 0.299f * bgr[j + 2]) / divisor;
        }
        tensor.put(y * width, grey, 0, width);
    }
}
