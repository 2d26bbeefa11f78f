package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;

/**
 * Cheap per-frame guidance computed on the camera thread. It measures brightness only: a dark picture is
 * the most common reason a kiosk check-in fails, and it needs no model. Detecting faces (for "move closer"
 * and "one person at a time") is left to the server's face pipeline on the captured burst, which reports
 * {@code NO_FACE} / {@code MULTIPLE_FACES}; the overlay shows a fixed framing oval instead.
 */
public final class FrameCoach {
    /** Mean luma (0-255) under which faces stop being recognisable on typical webcams. */
    static final int DARK_LUMA = 60;
    private static final int SAMPLE_STEP = 8;

    public Coaching assess(BufferedImage image) {
        return meanLuma(image) < DARK_LUMA ? Coaching.MORE_LIGHT : Coaching.OK;
    }

    /** Mean luma of the central half of the picture, where the face should be; sampled, not every pixel. */
    static int meanLuma(BufferedImage image) {
        int x0 = image.getWidth() / 4;
        int y0 = image.getHeight() / 4;
        int x1 = x0 * 3;
        int y1 = y0 * 3;
        long sum = 0;
        long count = 0;
        for (int y = y0; y < y1; y += SAMPLE_STEP) {
            for (int x = x0; x < x1; x += SAMPLE_STEP) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                sum += (299L * r + 587L * g + 114L * b) / 1000;
                count++;
            }
        }
        return count == 0 ? 0 : (int) (sum / count);
    }
}
