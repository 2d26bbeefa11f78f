package org.smavs.server.face;

/**
 * Resampling primitives the pipeline stages share: crop-and-resize, affine warp, grey conversion and
 * planar tensor layout. Pure functions over arrays, written for speed (no per-pixel allocation).
 */
final class ImageResampler {
    private ImageResampler() {
    }

    /** Receives resampled output rows, top to bottom, as interleaved B,G,R floats. */
    interface RowSink {
        /** @param bgr the row, outW×3 values; the array is reused for the next row */
        void row(int y, float[] bgr);
    }

    /** {@link #cropResize(BgrImage, double, double, double, double, int, int, RowSink)} into one interleaved array. */
    static float[] cropResize(BgrImage src, double x, double y, double w, double h, int outW, int outH) {
        float[] out = new float[outW * outH * 3];
        cropResize(src, x, y, w, h, outW, outH, (row, bgr) -> System.arraycopy(bgr, 0, out, row * bgr.length, bgr.length));
        return out;
    }

    /**
     * Resamples the source rectangle (x, y, w, h), in pixel edges, to outW×outH BGR, handing each output row
     * to {@code sink} so callers can lay it out as their tensor needs without an intermediate image.
     * Separable: bilinear when enlarging, area averaging when shrinking (like OpenCV's INTER_AREA), so
     * large photos do not alias into noise as plain bilinear sampling would. Pixels outside the image
     * repeat the border.
     */
    static void cropResize(BgrImage src, double x, double y, double w, double h, int outW, int outH, RowSink sink) {
        Taps columns = Taps.of(x, w, outW, src.width());
        Taps rows = Taps.of(y, h, outH, src.height());
        // per output row: vertical pass over the source rows' column segment (float multiply-adds, which the
        // JIT vectorises), then the gather-heavy horizontal pass. The row buffer is indexed exactly like a
        // source row: Java 17's JIT does not vectorise a loop whose arrays are indexed with different offsets.
        int from = columns.minIndex() * 3;
        int to = (columns.maxIndex() + 1) * 3;
        float[] vertical = new float[src.width() * 3];
        float[] out = new float[outW * 3];
        for (int dy = 0; dy < outH; dy++) {
            java.util.Arrays.fill(vertical, from, to, 0f);
            int end = rows.start[dy + 1];
            for (int t = rows.start[dy]; t < end; t += 2) {
                if (t + 1 < end) {
                    addRows(vertical, from, to, src.floatRow(rows.index[t]), rows.weight[t],
                            src.floatRow(rows.index[t + 1]), rows.weight[t + 1]);
                } else {
                    addRow(vertical, from, to, src.floatRow(rows.index[t]), rows.weight[t]);
                }
            }
            int o = 0;
            for (int dx = 0; dx < outW; dx++) {
                float b = 0;
                float g = 0;
                float r = 0;
                for (int t = columns.start[dx]; t < columns.start[dx + 1]; t++) {
                    int i = columns.index[t] * 3;
                    float cw = columns.weight[t];
                    b += vertical[i] * cw;
                    g += vertical[i + 1] * cw;
                    r += vertical[i + 2] * cw;
                }
                out[o++] = b;
                out[o++] = g;
                out[o++] = r;
            }
            sink.row(dy, out);
        }
    }

    /** Adds one weighted source row segment; the tap-by-tap order of the sums is kept, so results are exact. */
    private static void addRow(float[] vertical, int from, int to, float[] a, float wa) {
        for (int i = from; i < to; i++) {
            vertical[i] = vertical[i] + a[i] * wa;
        }
    }

    /** Adds two weighted source row segments in one pass (half the loads and stores of the row buffer). */
    private static void addRows(float[] vertical, int from, int to, float[] a, float wa, float[] b, float wb) {
        for (int i = from; i < to; i++) {
            vertical[i] = vertical[i] + a[i] * wa + b[i] * wb;
        }
    }

    /** One-dimensional resampling weights: for output k, taps start[k]..start[k+1]-1 of (index, weight). */
    private record Taps(int[] start, int[] index, float[] weight) {
        static Taps of(double origin, double length, int outSize, int srcSize) {
            double scale = length / outSize;
            int maxTaps = (int) Math.ceil(scale) + 2;
            int[] start = new int[outSize + 1];
            int[] index = new int[outSize * maxTaps];
            float[] weight = new float[outSize * maxTaps];
            int n = 0;
            for (int k = 0; k < outSize; k++) {
                start[k] = n;
                if (scale <= 1) {
                    double c = origin + (k + 0.5) * scale - 0.5;
                    int i0 = (int) Math.floor(c);
                    float f = (float) (c - i0);
                    index[n] = clamp(i0, srcSize);
                    weight[n++] = 1 - f;
                    index[n] = clamp(i0 + 1, srcSize);
                    weight[n++] = f;
                } else {
                    double from = origin + k * scale;
                    double to = from + scale;
                    for (int i = (int) Math.floor(from); i < to; i++) {
                        double overlap = Math.min(to, i + 1) - Math.max(from, i);
                        if (overlap > 1e-9) {
                            index[n] = clamp(i, srcSize);
                            weight[n++] = (float) (overlap / scale);
                        }
                    }
                }
            }
            start[outSize] = n;
            return new Taps(start, index, weight);
        }

        int minIndex() {
            int min = Integer.MAX_VALUE;
            for (int i = 0; i < start[start.length - 1]; i++) {
                min = Math.min(min, index[i]);
            }
            return min;
        }

        int maxIndex() {
            int max = 0;
            for (int i = 0; i < start[start.length - 1]; i++) {
                max = Math.max(max, index[i]);
            }
            return max;
        }
    }

    /**
     * Warps with the affine map from output to source coordinates ({@code src = m · (x, y, 1)}), bilinear,
     * black outside the image (OpenCV's warpAffine default, which the recognition model saw in training),
     * rounded to 8 bits as OpenCV writes a uint8 image. One pass, no per-pixel calls or temporary arrays.
     */
    static BgrImage warpAffine(BgrImage src, double[] outToSrc, int outW, int outH) {
        byte[] out = new byte[outW * outH * 3];
        byte[] p = src.pixels();
        int w = src.width();
        int h = src.height();
        int o = 0;
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++, o += 3) {
                double srcX = outToSrc[0] * x + outToSrc[1] * y + outToSrc[2];
                double srcY = outToSrc[3] * x + outToSrc[4] * y + outToSrc[5];
                if (srcX < -1 || srcY < -1 || srcX > w || srcY > h) {
                    continue;
                }
                int x0 = (int) Math.floor(srcX);
                int y0 = (int) Math.floor(srcY);
                float fx = (float) (srcX - x0);
                float fy = (float) (srcY - y0);
                int rowA = clamp(y0, h) * w;
                int rowB = clamp(y0 + 1, h) * w;
                int i00 = (rowA + clamp(x0, w)) * 3;
                int i01 = (rowA + clamp(x0 + 1, w)) * 3;
                int i10 = (rowB + clamp(x0, w)) * 3;
                int i11 = (rowB + clamp(x0 + 1, w)) * 3;
                float w00 = (1 - fx) * (1 - fy);
                float w01 = fx * (1 - fy);
                float w10 = (1 - fx) * fy;
                float w11 = fx * fy;
                for (int c = 0; c < 3; c++) {
                    float v = (p[i00 + c] & 0xFF) * w00 + (p[i01 + c] & 0xFF) * w01 + (p[i10 + c] & 0xFF) * w10
                            + (p[i11 + c] & 0xFF) * w11;
                    int rounded = Math.round(v);
                    out[o + c] = (byte) (rounded < 0 ? 0 : Math.min(rounded, 255));
                }
            }
        }
        return new BgrImage(outW, outH, out);
    }

    /** Grey level per pixel with OpenCV's BGR2GRAY weights. */
    static float[] toGrey(float[] interleavedBgr) {
        float[] grey = new float[interleavedBgr.length / 3];
        for (int i = 0, j = 0; i < grey.length; i++, j += 3) {
            grey[i] = 0.114f * interleavedBgr[j] + 0.587f * interleavedBgr[j + 1] + 0.299f * interleavedBgr[j + 2];
        }
        return grey;
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : (v >= size ? size - 1 : v);
    }
}
