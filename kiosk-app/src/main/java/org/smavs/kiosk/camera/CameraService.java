package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link FrameSource} on its own daemon thread and keeps only the latest frame; readers (the
 * preview, the pass scanner, the burst capture) take whatever is newest and never queue work per frame.
 * A second daemon thread judges the framing ({@link FrameCoach}) on the newest frame whenever it is free: frames
 * that arrive while it works are skipped, so a slow judgement lowers its rate, never the camera's.
 * A missing or failing camera is reported through {@link #status()} and retried, never thrown at the UI.
 */
public final class CameraService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CameraService.class);

    /** What the status bar and the preview show. {@code message} is for people. */
    public record Status(boolean available, String message) {
        static final Status STARTING = new Status(false, "Starting the camera…");
    }

    private static final long GUIDANCE_IDLE_NANOS = 50_000_000L;
    /**
     * At most 15 judgements a second: advice that changes faster cannot be read, and on a two-core kiosk an
     * unthrottled cascade takes a whole core the camera and the UI need.
     */
    private static final long GUIDANCE_MIN_INTERVAL_NANOS = 66_000_000L;

    private final FrameSource source;
    private final Duration retryDelay;
    private final Supplier<? extends FrameCoach> coachFactory;
    private final AtomicReference<Frame> latest = new AtomicReference<>();
    private final AtomicReference<Status> status = new AtomicReference<>(Status.STARTING);
    private final AtomicLong judgedFrames = new AtomicLong();
    /** Until the first verdict the frame is not known to be good: a burst must not start on a guess. */
    private volatile Coaching coaching = Coaching.FACE_CAMERA;
    private volatile boolean running;
    private Thread thread;
    private volatile Thread guidance;

    /** With brightness-only guidance (no native code). */
    public CameraService(FrameSource source, Duration retryDelay) {
        this(source, retryDelay, BrightnessCoach::new);
    }

    /** {@code coachFactory} runs on the guidance thread: loading OpenCV takes a second or two, never the UI's. */
    public CameraService(FrameSource source, Duration retryDelay, Supplier<? extends FrameCoach> coachFactory) {
        this.source = source;
        this.retryDelay = retryDelay;
        this.coachFactory = coachFactory;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "kiosk-camera");
        thread.setDaemon(true);
        guidance = new Thread(this::judgeFraming, "kiosk-guidance");
        guidance.setDaemon(true);
        guidance.setPriority(Thread.NORM_PRIORITY - 1); // the picture and the UI come first
        thread.start();
        guidance.start();
    }

    /** The newest frame, or null when none has arrived yet or the camera is gone. */
    public Frame latest() {
        return latest.get();
    }

    public Status status() {
        return status.get();
    }

    /** The framing verdict on a recent frame (the newest the guidance thread has finished). */
    public Coaching coaching() {
        return coaching;
    }

    /** How many frames the guidance has judged so far (for the benchmark's rate). */
    public long judgedFrames() {
        return judgedFrames.get();
    }

    @Override
    public void close() {
        Thread toJoin;
        Thread guidanceToJoin;
        synchronized (this) {
            running = false;
            toJoin = thread;
            guidanceToJoin = guidance;
        }
        join(toJoin);
        join(guidanceToJoin);
    }

    private static void join(Thread worker) {
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(2000);
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
                    LockSupport.unpark(guidance);
                }
            } catch (RuntimeException e) { // drivers throw their own runtime exceptions; none may kill the kiosk
                if (running) {
                    LOG.warn("Camera unavailable: {}", e.getMessage());
                    status.set(new Status(false, e.getMessage()));
                    latest.set(null);
                    coaching = Coaching.FACE_CAMERA;
                }
            } finally {
                closeQuietly();
            }
            if (!sleepBeforeRetry()) {
                return;
            }
        }
    }

    private void judgeFraming() {
        FrameCoach coach = coachFactory.get();
        long judged = -1;
        while (running) {
            Frame frame = latest.get();
            if (frame == null || frame.sequence() == judged) {
                LockSupport.parkNanos(GUIDANCE_IDLE_NANOS); // woken by the next frame
                continue;
            }
            judged = frame.sequence();
            long started = System.nanoTime();
            try {
                coaching = coach.assess(frame.image());
                judgedFrames.incrementAndGet();
            } catch (RuntimeException e) { // a bad frame must not end the guidance
                LOG.debug("Framing guidance failed on frame {}", judged, e);
                coaching = Coaching.OK;
            }
            long rest;
            while (running && (rest = started + GUIDANCE_MIN_INTERVAL_NANOS - System.nanoTime()) > 0) {
                LockSupport.parkNanos(rest); // each new frame unparks this thread: park again until the time is up
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
