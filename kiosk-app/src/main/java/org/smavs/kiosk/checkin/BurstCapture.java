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
 * Takes {@code count} distinct frames spread over {@code span} while the student performs the challenge,
 * and JPEG-encodes them: the only place the kiosk encodes pictures, once per check-in.
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

    /** Blocking for about {@link #span()}. */
    public List<byte[]> capture() {
        long pauseMillis = count <= 1 ? 0 : span.toMillis() / (count - 1);
        long deadline = System.nanoTime() + span.toNanos() + Duration.ofSeconds(3).toNanos();
        List<byte[]> frames = new ArrayList<>(count);
        long lastSequence = -1;
        while (frames.size() < count) {
            Frame frame = camera.latest();
            if (frame == null) {
                throw new CameraUnavailableException(camera.status().message());
            }
            if (frame.sequence() != lastSequence) {
                frames.add(jpeg(frame.image()));
                lastSequence = frame.sequence();
                if (frames.size() < count) {
                    sleep(pauseMillis);
                }
            } else if (System.nanoTime() > deadline) {
                throw new CameraUnavailableException("The camera stopped sending pictures");
            } else {
                sleep(10);
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

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraUnavailableException("The capture was interrupted", e);
        }
    }
}
