package org.smavs.server.face;

/**
 * An 8-bit image as interleaved B,G,R bytes, row by row. BGR and 8 bits because every model in the set was
 * trained on OpenCV {@code uint8} BGR images; keeping OpenCV's layout avoids a class of silent errors, and
 * bytes are a quarter of the memory traffic of floats. Instances are treated as immutable once built.
 */
public final class BgrImage {
    private final int width;
    private final int height;
    private final byte[] pixels;

    public BgrImage(int width, int height, byte[] pixels) {
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
    byte[] pixels() {
        return pixels;
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
