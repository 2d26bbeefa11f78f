package org.smavs.kiosk.checkin;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.smavs.kiosk.camera.CameraService;
import org.smavs.kiosk.camera.CameraUnavailableException;
import org.smavs.kiosk.camera.Frame;

/**
 * Takes up to {@code count} distinct frames spread over {@code span} while the student performs the
 * challenge, and JPEG-encodes them: the only place the kiosk encodes pictures, once per check-in.
 */
public final class BurstCapture {
    private final CameraService camera;
    private final int count;
    private final Duration span;

    public BurstCapture(CameraService camera, int count, Duration span) {
        this.camera = camera;
        this.count = count;
        this.span = span;
    }

    public Duration span() {
        return span;
    }

    /**
     * Blocking for about {@link #span()}: samples the newest frame {@code count} times, evenly over the span,
     * skipping repeats. A slow camera therefore yields fewer frames rather than a failed check-in; only a
     * camera that delivers nothing at all fails.
     */
    public List<byte[]> capture() {
        long pauseNanos = count <= 1 ? 0 : span.toNanos() / (count - 1);
        long start = System.nanoTime();
        List<byte[]> frames = new ArrayList<>(count);
        long lastSequence = -1;
        for (int i = 0; i < count; i++) {
            sleepUntil(start + i * pauseNanos);
            Frame frame = camera.latest();
            if (frame == null) {
                throw new CameraUnavailableException(camera.status().message());
            }
            if (frame.sequence() != lastSequence) {
                frames.add(jpeg(frame.image()));
                lastSequence = frame.sequence();
            }
        }
        return frames;
    }

    static byte[] jpeg(BufferedImage image) {
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            // the JPEG writer refuses alpha channels; camera frames from PNG files can carry one
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ImageIO.write(rgb, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleepUntil(long nanoTime) {
        long millis = (nanoTime - System.nanoTime()) / 1_000_000;
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraUnavailableException("The capture was interrupted", e);
        }
    }
}
