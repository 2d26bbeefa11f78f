package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;

/**
 * Guidance from brightness alone: a dark picture is the most common reason a kiosk check-in fails, and measuring
 * it needs no native code. The kiosk falls back to it when OpenCV cannot load on a platform, and the benchmark
 * uses it as the baseline the face-based guidance is compared with.
 */
public final class BrightnessCoach implements FrameCoach {
    private static final int SAMPLE_STEP = 8;

    @Override
    public Coaching assess(BufferedImage image) {
        return meanLuma(image) < FramingPolicy.DARK_LUMA ? Coaching.MORE_LIGHT : Coaching.OK;
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
