package org.smavs.server.face;

/**
 * A decoded image as interleaved B,G,R floats in 0–255, row by row. BGR because every model in the set
 * was trained on OpenCV-decoded images; keeping OpenCV's channel order avoids a class of silent errors.
 * Instances are treated as immutable once built.
 */
public final class BgrImage {
    private final int width;
    private final int height;
    private final float[] pixels;

    public BgrImage(int width, int height, float[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != width * height * 3) {
            throw new IllegalArgumentException("pixel array does not match " + width + "x" + height + "x3");
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The backing array (not a copy, for speed): do not modify. */
    float[] pixels() {
        return pixels;
    }

    /** Channel value at an integer position, clamped to the border. c: 0 = B, 1 = G, 2 = R. */
    float at(int x, int y, int c) {
        int cx = x < 0 ? 0 : (x >= width ? width - 1 : x);
        int cy = y < 0 ? 0 : (y >= height ? height - 1 : y);
        return pixels[(cy * width + cx) * 3 + c];
    }
}
