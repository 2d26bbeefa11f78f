package org.smavs.server.face;

/**
 * The straightforward preprocessing the pipeline used before tensors were written row by row into reusable
 * native buffers (commit fde5f59): kept verbatim as the oracle that the faster path must reproduce.
 */
final class ReferencePreprocessing {
    private ReferencePreprocessing() {
    }

    static float[] landmarkInput(BgrImage image, Crop crop) {
        float[] grey = toGrey(cropResize(image, crop.x(), crop.y(), crop.width(), crop.height(), 64, 64));
        for (int i = 0; i < grey.length; i++) {
            grey[i] = grey[i] / 256f;
        }
        return grey;
    }

    static float[] eyeInput(BgrImage image, double[] center, double eyeWidth) {
        double side = Math.max(2, eyeWidth * 1.6);
        float[] grey = toGrey(cropResize(image, center[0] - side / 2, center[1] - side / 2, side, side, 24, 24));
        for (int i = 0; i < grey.length; i++) {
            grey[i] = grey[i] / 255f;
        }
        return grey;
    }

    static float[] livenessInput(BgrImage image, FaceBox box) {
        Crop crop = Crop.around(image, box, 2.7);
        return toPlanar(cropResize(image, crop.x(), crop.y(), crop.width(), crop.height(), 128, 128), false,
                new float[] {0, 0, 0}, new float[] {1, 1, 1});
    }

    static float[] poseInput(BgrImage image, FaceBox box) {
        double marginX = box.width() / 4;
        double marginY = box.height() / 4;
        FaceBox grown = new FaceBox(box.x1() - marginX, box.y1() - marginY, box.x2() + marginX, box.y2() + marginY,
                box.score()).clipTo(image.width(), image.height());
        return toPlanar(cropResize(image, grown.x1(), grown.y1(), grown.width(), grown.height(), 224, 224), true,
                new float[] {0.485f * 255, 0.456f * 255, 0.406f * 255},
                new float[] {0.229f * 255, 0.224f * 255, 0.225f * 255});
    }

    static float[] embedInput(BgrImage aligned) {
        return toPlanar(aligned.toFloats(), false, new float[] {127, 127, 127}, new float[] {128, 128, 128});
    }

    static BgrImage aligned(BgrImage image, FaceLandmarks landmarks) {
        float[] values = warpAffine(image, FaceAligner.templateToImage(landmarks.alignmentPoints()), 112, 112);
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            int v = Math.round(values[i]);
            bytes[i] = (byte) (v < 0 ? 0 : Math.min(v, 255));
        }
        return new BgrImage(112, 112, bytes);
    }

    static float[] detectInput(BgrImage image) {
        double scale = Math.min(320 / (double) image.width(), 240 / (double) image.height());
        int w = Math.max(1, (int) Math.round(image.width() * scale));
        int h = Math.max(1, (int) Math.round(image.height() * scale));
        int offsetX = (320 - w) / 2;
        int offsetY = (240 - h) / 2;
        float[] scaled = cropResize(image, 0, 0, image.width(), image.height(), w, h);
        int plane = 320 * 240;
        float[] tensor = new float[3 * plane];
        for (int y = 0; y < h; y++) {
            int src = y * w * 3;
            int dst = (y + offsetY) * 320 + offsetX;
            for (int x = 0; x < w; x++, src += 3, dst++) {
                tensor[dst] = (scaled[src] - 127f) * (1f / 128f);
                tensor[plane + dst] = (scaled[src + 1] - 127f) * (1f / 128f);
                tensor[2 * plane + dst] = (scaled[src + 2] - 127f) * (1f / 128f);
            }
        }
        return tensor;
    }

    /**
     * Resamples the source rectangle (x, y, w, h), in pixel edges, to outW×outH interleaved BGR.
     * Separable: bilinear when enlarging, area averaging when shrinking (like OpenCV's INTER_AREA), so
     * large photos do not alias into noise as plain bilinear sampling would. Pixels outside the image
     * repeat the border.
     */
    static float[] cropResize(BgrImage src, double x, double y, double w, double h, int outW, int outH) {
        Taps columns = Taps.of(x, w, outW, src.width());
        Taps rows = Taps.of(y, h, outH, src.height());
        byte[] p = src.pixels();
        int rowStride = src.width() * 3;
        // vertical pass first, over whole contiguous row segments (a loop the JIT vectorises), so the
        // gather-heavy horizontal pass only runs on outH rows instead of every source row
        int firstColumn = columns.minIndex();
        int segment = (columns.maxIndex() - firstColumn + 1) * 3;
        float[] vertical = new float[outH * segment];
        for (int dy = 0; dy < outH; dy++) {
            int dst = dy * segment;
            for (int t = rows.start[dy]; t < rows.start[dy + 1]; t++) {
                int srcOffset = rows.index[t] * rowStride + firstColumn * 3;
                float wt = rows.weight[t];
                for (int i = 0; i < segment; i++) {
                    vertical[dst + i] += (p[srcOffset + i] & 0xFF) * wt;
                }
            }
        }
        float[] out = new float[outW * outH * 3];
        int o = 0;
        for (int dy = 0; dy < outH; dy++) {
            int rowBase = dy * segment - firstColumn * 3;
            for (int dx = 0; dx < outW; dx++) {
                float b = 0;
                float g = 0;
                float r = 0;
                for (int t = columns.start[dx]; t < columns.start[dx + 1]; t++) {
                    int i = rowBase + columns.index[t] * 3;
                    float wt = columns.weight[t];
                    b += vertical[i] * wt;
                    g += vertical[i + 1] * wt;
                    r += vertical[i + 2] * wt;
                }
                out[o++] = b;
                out[o++] = g;
                out[o++] = r;
            }
        }
        return out;
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
     * black outside the image (OpenCV's warpAffine default, which the recognition model saw in training).
     */
    static float[] warpAffine(BgrImage src, double[] outToSrc, int outW, int outH) {
        float[] out = new float[outW * outH * 3];
        float[] px = new float[3];
        int o = 0;
        for (int y = 0; y < outH; y++) {
            for (int x = 0; x < outW; x++) {
                double srcX = outToSrc[0] * x + outToSrc[1] * y + outToSrc[2];
                double srcY = outToSrc[3] * x + outToSrc[4] * y + outToSrc[5];
                if (srcX < -1 || srcY < -1 || srcX > src.width() || srcY > src.height()) {
                    o += 3;
                    continue;
                }
                bilinear(src, srcX, srcY, px);
                out[o++] = px[0];
                out[o++] = px[1];
                out[o++] = px[2];
            }
        }
        return out;
    }

    private static void bilinear(BgrImage src, double x, double y, float[] out) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        float fx = (float) (x - x0);
        float fy = (float) (y - y0);
        int w = src.width();
        int h = src.height();
        int xa = clamp(x0, w);
        int xb = clamp(x0 + 1, w);
        int ya = clamp(y0, h);
        int yb = clamp(y0 + 1, h);
        byte[] p = src.pixels();
        int i00 = (ya * w + xa) * 3;
        int i01 = (ya * w + xb) * 3;
        int i10 = (yb * w + xa) * 3;
        int i11 = (yb * w + xb) * 3;
        float w00 = (1 - fx) * (1 - fy);
        float w01 = fx * (1 - fy);
        float w10 = (1 - fx) * fy;
        float w11 = fx * fy;
        for (int c = 0; c < 3; c++) {
            out[c] = (p[i00 + c] & 0xFF) * w00 + (p[i01 + c] & 0xFF) * w01 + (p[i10 + c] & 0xFF) * w10
                    + (p[i11 + c] & 0xFF) * w11;
        }
    }

    /** Grey level per pixel with OpenCV's BGR2GRAY weights. */
    static float[] toGrey(float[] interleavedBgr) {
        float[] grey = new float[interleavedBgr.length / 3];
        for (int i = 0, j = 0; i < grey.length; i++, j += 3) {
            grey[i] = 0.114f * interleavedBgr[j] + 0.587f * interleavedBgr[j + 1] + 0.299f * interleavedBgr[j + 2];
        }
        return grey;
    }

    /**
     * Interleaved BGR → planar NCHW with {@code (value − mean[c]) / std[c]} per output channel.
     *
     * @param rgb output channel order R,G,B instead of B,G,R (mean/std are given in output order)
     */
    static float[] toPlanar(float[] interleavedBgr, boolean rgb, float[] mean, float[] std) {
        int pixels = interleavedBgr.length / 3;
        float[] planar = new float[interleavedBgr.length];
        for (int c = 0; c < 3; c++) {
            int srcChannel = rgb ? 2 - c : c;
            float m = mean[c];
            float inv = 1f / std[c];
            int base = c * pixels;
            for (int i = 0; i < pixels; i++) {
                planar[base + i] = (interleavedBgr[i * 3 + srcChannel] - m) * inv;
            }
        }
        return planar;
    }

    private static int clamp(int v, int size) {
        return v < 0 ? 0 : (v >= size ? size - 1 : v);
    }
}
