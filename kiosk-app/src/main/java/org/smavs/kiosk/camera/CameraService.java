package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link FrameSource} on its own daemon thread and keeps only the latest frame; readers (the
 * preview, the pass scanner, the burst capture) take whatever is newest and never queue work per frame.
 * A missing or failing camera is reported through {@link #status()} and retried, never thrown at the UI.
 */
public final class CameraService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CameraService.class);

    /** What the status bar and the preview show. {@code message} is for people. */
    public record Status(boolean available, String message) {
        static final Status STARTING = new Status(false, "Starting the camera…");
    }

    private final FrameSource source;
    private final Duration retryDelay;
    private final FrameCoach coach = new FrameCoach();
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final AtomicReference<Status> status = new AtomicReference<>(Status.STARTING);
    private volatile Coaching coaching = Coaching.OK;
    private volatile boolean running;
    private Thread thread;

    public CameraService(FrameSource source, Duration retryDelay) {
        this.source = source;
        this.retryDelay = retryDelay;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "kiosk-camera");
        thread.setDaemon(true);
        thread.start();
    }

    /** The newest frame, or null when none has arrived yet or the camera is gone. */
    public Frame latest() {
        return latest.get();
    }

    public Status status() {
        return status.get();
    }

    public Coaching coaching() {
        return coaching;
    }

    @Override
    public void close() {
        Thread toJoin;
        synchronized (this) {
            running = false;
            toJoin = thread;
        }
        if (toJoin != null) {
            toJoin.interrupt();
            try {
                toJoin.join(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        long sequence = 0;
        while (running) {
            try {
                source.open();
                status.set(new Status(true, "Camera: " + source.describe()));
                LOG.info("Camera started ({})", source.describe());
                while (running) {
                    BufferedImage image = source.grab();
                    sequence++;
                    latest.set(new Frame(image, sequence));
                    if (sequence % 5 == 0) {
                        coaching = coach.assess(image);
                    }
                }
            } catch (RuntimeException e) { // drivers throw their own runtime exceptions; none may kill the kiosk
                if (running) {
                    LOG.warn("Camera unavailable: {}", e.getMessage());
                    status.set(new Status(false, e.getMessage()));
                    latest.set(null);
                }
            } finally {
                closeQuietly();
            }
            if (!sleepBeforeRetry()) {
                return;
            }
        }
    }

    private boolean sleepBeforeRetry() {
        try {
            Thread.sleep(retryDelay.toMillis());
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }

    private void closeQuietly() {
        try {
            source.close();
        } catch (RuntimeException e) {
            LOG.debug("Closing the camera failed", e);
        }
    }
}
