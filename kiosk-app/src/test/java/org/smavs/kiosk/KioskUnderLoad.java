package org.smavs.kiosk;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.smavs.kiosk.camera.BrightnessCoach;
import org.smavs.kiosk.camera.CameraService;
import org.smavs.kiosk.camera.FrameCoach;
import org.smavs.kiosk.camera.ImageFolderFrameSource;
import org.smavs.kiosk.shell.BackgroundUiExecutor;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.FxThread;
import org.smavs.kiosk.testing.Portraits;

/**
 * For the guidance benchmark: the real kiosk (camera thread at 30 frames/s from a picture file, guidance thread,
 * UI on headless Monocle with software rendering, the server double) through one check-in, with two probes on the
 * FX thread: the longest gap between animation pulses, and the longest wait of a {@code runLater} posted every 5 ms.
 */
public final class KioskUnderLoad {
    private static final long PROBE_EVERY_MILLIS = 5;

    public record Result(double idleGuidanceRate, double checkInGuidanceRate, double cameraRate,
                         double longestPulseGapMillis, double longestRunLaterWaitMillis, double checkInSeconds) {
    }

    private static boolean fxStarted;

    private final AtomicLong longestPulseGap = new AtomicLong();
    private final AtomicLong longestRunLaterWait = new AtomicLong();
    private volatile boolean probing = true;
    private Stage stage;

    private KioskUnderLoad() {
    }

    /** With the kiosk's own guidance, or ({@code brightnessOnly}) the old coach as the baseline. */
    public static Result run(BufferedImage picture, boolean brightnessOnly) throws Exception {
        startFx();
        return new KioskUnderLoad().measure(picture, brightnessOnly ? BrightnessCoach::new : FrameCoach::forKiosk);
    }

    public static void shutdown() {
        Platform.exit();
    }

    private Result measure(BufferedImage picture, Supplier<FrameCoach> coach) throws Exception {
        Path dir = Files.createTempDirectory("kiosk-bench");
        Path camera = dir.resolve("camera");
        Portraits.write(picture, camera, "frame.png");
        FakeKioskServer.enrolKiosk(dir.resolve("data"));
        KioskApp app = KioskApp.create(new KioskOptions(dir.resolve("data"), camera, "", true, 1024, 768),
                new FakeKioskServer(Clock.systemUTC()), new ImageFolderFrameSource(camera, Duration.ofMillis(33)),
                new BackgroundUiExecutor(3), Clock.systemUTC(), KioskTuning.standard(), coach);
        fx(() -> {
            stage = new Stage();
            app.show(stage);
            return null;
        });
        CameraService cameraService = app.camera();
        waitFor(() -> visible("#useNumberButton") && cameraService.judgedFrames() > 0);
        Thread.sleep(2000); // JIT and caches warm

        long judged0 = cameraService.judgedFrames();
        long frames0 = cameraService.latest().sequence();
        long t0 = System.nanoTime();
        Thread.sleep(5000);
        double idleSeconds = (System.nanoTime() - t0) / 1e9;
        double idleRate = (cameraService.judgedFrames() - judged0) / idleSeconds;
        double cameraRate = (cameraService.latest().sequence() - frames0) / idleSeconds;

        startProbes();
        long judged1 = cameraService.judgedFrames();
        long t1 = System.nanoTime();
        click("#useNumberButton");
        type("#studentNumber", "S1001");
        type("#pin", "1234");
        click("#submitNumber");
        waitFor(() -> visible("#resultScreen") && "Sam Student".equals(text("#resultHeadline")));
        double checkInSeconds = (System.nanoTime() - t1) / 1e9;
        double checkInRate = (cameraService.judgedFrames() - judged1) / checkInSeconds;
        probing = false;

        fx(() -> {
            app.stop();
            stage.close();
            return null;
        });
        return new Result(idleRate, checkInRate, cameraRate, longestPulseGap.get() / 1e6,
                longestRunLaterWait.get() / 1e6, checkInSeconds);
    }

    private void startProbes() throws Exception {
        fx(() -> {
            new AnimationTimer() {
                private long last;

                @Override
                public void handle(long now) {
                    if (!probing) {
                        stop();
                        return;
                    }
                    if (last != 0) {
                        longestPulseGap.accumulateAndGet(now - last, Math::max);
                    }
                    last = now;
                }
            }.start();
            return null;
        });
        Thread prober = new Thread(() -> {
            while (probing) {
                long posted = System.nanoTime();
                Platform.runLater(() -> longestRunLaterWait.accumulateAndGet(System.nanoTime() - posted, Math::max));
                try {
                    Thread.sleep(PROBE_EVERY_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stall-probe");
        prober.setDaemon(true);
        prober.start();
    }

    private static synchronized void startFx() throws InterruptedException {
        if (fxStarted) {
            return;
        }
        // headless, as the UI tests run; software rendering makes the UI's share of the CPU a pessimistic one
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        Platform.setImplicitExit(false);
        started.await();
        fxStarted = true;
    }

    private boolean visible(String id) {
        Node node = stage.getScene() == null ? null : stage.getScene().lookup(id);
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node != null;
    }

    private String text(String id) {
        return stage.getScene().lookup(id) instanceof Labeled labeled ? labeled.getText() : null;
    }

    private void type(String id, String value) throws Exception {
        fx(() -> {
            ((TextInputControl) stage.getScene().lookup(id)).setText(value);
            return null;
        });
    }

    private void click(String id) throws Exception {
        fx(() -> {
            ((ButtonBase) stage.getScene().lookup(id)).fire();
            return null;
        });
    }

    private void waitFor(BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!fx(condition::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for the kiosk");
            }
            Thread.sleep(50);
        }
    }

    private static <T> T fx(Callable<T> action) throws Exception {
        return FxThread.call(action);
    }
}
