package org.smavs.server.face;

import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * An 8-bit image as interleaved B,G,R bytes, row by row. BGR and 8 bits because every model in the set was
 * trained on OpenCV {@code uint8} BGR images; keeping OpenCV's layout avoids a class of silent errors, and
 * bytes are a quarter of the memory traffic of floats. Instances are treated as immutable once built.
 *
 * <p>Each row is also available as floats ({@link #floatRow(int)}), converted once on first use and shared by
 * every stage that resamples the image: Java 17's JIT does not vectorise byte→float conversion, but it does
 * vectorise float multiply-adds, so converting each row once instead of in every crop's inner loop makes
 * the detector, liveness and pose crops several times cheaper.
 */
public final class BgrImage {
    private final int width;
    private final int height;
    private final byte[] pixels;
    /** Rows converted to floats, published safely so one image can be analysed on several threads. */
    private final AtomicReferenceArray<float[]> floatRows;

    public BgrImage(int width, int height, byte[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != width * height * 3) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height + "x3");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
        this.floatRows = new AtomicReferenceArray<>(height);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array (not a copy, for speed): do not modify. */
    byte[] pixels() {
        return pixels;
    }

    /** Row {@code y} as interleaved B,G,R floats 0–255; converted on first use, then shared: do not modify. */
    float[] floatRow(int y) {
        float[] row = floatRows.get(y);
        if (row == null) {
            row = new float[width * 3];
            for (int i = 0, p = y * width * 3; i < row.length; i++, p++) {
                row[i] = pixels[p] & 0xFF;
            }
            // two threads may convert the same row at once; both results are identical, the first one wins
            if (!floatRows.compareAndSet(y, null, row)) {
                row = floatRows.get(y);
            }
        }
        return row;
    }

    /** The pixels as floats 0–255, a new array. */
    float[] toFloats() {
        float[] values = new float[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            values[i] = pixels[i] & 0xFF;
        }
        return values;
    }
}
