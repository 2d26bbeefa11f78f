package org.smavs.server.face;

import java.nio.FloatBuffer;

/**
 * Lays resampled BGR rows straight into a planar (NCHW) model input as {@code (value − mean[c]) / std[c]},
 * optionally at an offset inside a larger plane (the detector's letterbox), so no intermediate image or
 * tensor array is built per call.
 */
final class PlanarRowWriter implements ImageResampler.RowSink {
    private final FloatBuffer tensor;
    private final int planeWidth;
    private final int planeSize;
    private final boolean rgb;
    private final float[] mean;
    private final float[] invStd = new float[3];
    private int offsetX;
    private int offsetY;
    private float[] channel = new float[0];

    /** @param rgb output channel order R,G,B instead of B,G,R (mean/std are given in output order) */
    PlanarRowWriter(FloatBuffer tensor, int planeWidth, int planeHeight, boolean rgb, float[] mean, float[] std) {
        this.tensor = tensor;
        this.planeWidth = planeWidth;
        this.planeSize = planeWidth * planeHeight;
        this.rgb = rgb;
        this.mean = mean.clone();
        for (int c = 0; c < 3; c++) {
            invStd[c] = 1f / std[c];
        }
    }

    /** Places row 0, column 0 of what follows at (x, y) of the plane. */
    PlanarRowWriter at(int x, int y) {
        offsetX = x;
        offsetY = y;
        return this;
    }

    /** Writes a whole image whose size is the plane's. */
    void write(BgrImage image) {
        byte[] pixels = image.pixels();
        int rowLength = image.width() * 3;
        float[] row = new float[rowLength];
        for (int y = 0; y < image.height(); y++) {
            for (int i = 0, p = y * rowLength; i < rowLength; i++, p++) {
                row[i] = pixels[p] & 0xFF;
            }
            row(y, row);
        }
    }

    @Override
    public void row(int y, float[] bgr) {
        int width = bgr.length / 3;
        if (channel.length < width) {
            channel = new float[width];
        }
        for (int c = 0; c < 3; c++) {
            int source = rgb ? 2 - c : c;
            float m = mean[c];
            float inv = invStd[c];
            for (int x = 0; x < width; x++) {
                channel[x] = (bgr[x * 3 + source] - m) * inv;
            }
            tensor.put(c * planeSize + (y + offsetY) * planeWidth + offsetX, channel, 0, width);
        }
    }
}
