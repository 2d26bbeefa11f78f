package org.smavs.kiosk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.smavs.kiosk.camera.ImageFolderFrameSource;
import org.smavs.kiosk.checkin.CheckInTimings;
import org.smavs.kiosk.shell.BackgroundUiExecutor;
import org.smavs.kiosk.backend.ApiKioskBackend;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.RealServer;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.session.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives the real kiosk app through its main screens and saves a PNG of each: run under Xvfb with
 * {@code --out DIR --camera DIR --size WxH [--server=real] [--prefix=kiosk-1024-]}: with {@code real}, the real
 * server with its demo data runs in-process on an H2 database in a temp directory; otherwise the in-memory server
 * double is used. Files are named {@code <prefix><state>.png} (prefix {@code kiosk-} unless given).
 * Test scope only: it is a documentation tool, not part of the kiosk.
 */
public final class ScreenshotTour extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(ScreenshotTour.class);

    private Path out;
    private Path camera;
    private int width;
    private int height;
    private Stage stage;
    private String prefix;

    /** Plain main class, for the same reason as KioskLauncher. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ScreenshotTour.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        var named = getParameters().getNamed();
        out = Path.of(named.getOrDefault("out", "target/screenshots"));
        camera = Path.of(named.get("camera"));
        String[] size = named.getOrDefault("size", "1280x800").split("x");
        width = Integer.parseInt(size[0]);
        height = Integer.parseInt(size[1]);
        prefix = named.getOrDefault("prefix", "kiosk-");
        this.stage = stage;
        Thread tour = new Thread(this::tour, "screenshot-tour");
        tour.setDaemon(true);
        tour.start();
    }

    private void tour() {
        try {
            Files.createDirectories(out);
            Path data = Files.createTempDirectory("kiosk-tour");
            boolean real = "real".equals(getParameters().getNamed().get("server"));
            FakeKioskServer server = new FakeKioskServer(Clock.systemUTC());
            RealServer realServer = real ? new RealServer(Files.createTempDirectory("kiosk-tour-server")) : null;
            String url = real ? realServer.baseUrl() : "https://smavs.example.edu";
            String code = real ? realServer.admin().admin().createKiosk(new CreateKioskRequest("Kiosk B101",
                    realServer.demoRoom().id())).enrollmentCode() : FakeKioskServer.CODE;
            Session session = real ? realServer.startSessionInDemoRoom() : null;
            KioskTuning tuning = new KioskTuning(new CheckInTimings(Duration.ofSeconds(3), Duration.ofSeconds(4),
                    Duration.ofSeconds(4), Duration.ofMillis(400), Duration.ofSeconds(20)), 8, Duration.ofSeconds(2),
                    Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ofSeconds(3));
            KioskApp app = KioskApp.create(new KioskOptions(data, camera, "", true, width, height),
                    real ? new ApiKioskBackend(Duration.ofSeconds(5)) : server,
                    new ImageFolderFrameSource(camera, Duration.ofMillis(700)), new BackgroundUiExecutor(2), Clock.systemUTC(),
                    tuning);
            fx(() -> {
                app.show(stage);
                return null;
            });
            waitFor(() -> node("#enrolmentScreen") != null);
            type("#serverUrl", url);
            shot("enrolment");
            type("#enrollmentCode", "K7QF-29XD");
            click("#enrolButton");
            waitFor(() -> !text("#enrolMessage").isEmpty());
            shot("enrolment-error");
            type("#enrollmentCode", code);
            type("#kioskName", "Kiosk B101");
            click("#enrolButton");
            waitFor(() -> node("#sessionScreen") != null && node("#sessionScreen").isVisible());
            Thread.sleep(3500);
            shot("session");

            click("#useNumberButton");
            type("#studentNumber", "S1001");
            type("#pin", "1234");
            shot("number-entry");
            click("#submitNumber");
            waitFor(() -> node("#countdown") != null && node("#countdown").isVisible());
            Thread.sleep(800);
            shot("challenge");
            waitFor(() -> "Sam Student".equals(text("#resultHeadline")) && node("#resultScreen").isVisible());
            Thread.sleep(300);
            // the demo student has no reference photo, so the real server flags the check-in and says why
            shot(real ? "result-flagged" : "result");
            waitFor(() -> !node("#resultScreen").isVisible());

            if (real) {
                realServer.addStudent("ada@uni.test", "Ada Student", "S2002", "2222");
                realServer.stop();
            } else {
                server.setReachable(false);
            }
            click("#useNumberButton");
            type("#studentNumber", real ? "S2002" : "S1001");
            type("#pin", real ? "2222" : "1234");
            click("#submitNumber");
            waitFor(() -> "Not checked yet".equals(text("#resultHeadline")) && node("#resultScreen").isVisible());
            shot("offline-saved");
            waitFor(() -> !node("#resultScreen").isVisible());
            // a mistyped PIN cannot be noticed offline: the server refuses it when the connection is back
            click("#useNumberButton");
            type("#studentNumber", "S1001");
            type("#pin", "9999");
            click("#submitNumber");
            waitFor(() -> "Not checked yet".equals(text("#resultHeadline")) && node("#resultScreen").isVisible());
            waitFor(() -> !node("#resultScreen").isVisible());
            Thread.sleep(500);
            shot("offline");

            if (real) {
                realServer.restart();
            } else {
                server.setReachable(true);
            }
            waitFor(() -> app.queue().queuedCount() == 0 && node("#offlineRefused").isVisible());
            Thread.sleep(500);
            shot("offline-refused");
            if (real) {
                realServer.lecturer().lecturer().close(session.id());
            } else {
                server.setSessionRunning(false);
            }
            waitFor(() -> node("#idleScreen") != null && node("#idleScreen").isVisible());
            Thread.sleep(500);
            shot("idle");

            if (real) {
                long kioskId = realServer.admin().admin().kiosks().stream()
                        .filter(kiosk -> "active".equals(kiosk.status())).findFirst().orElseThrow().id();
                realServer.admin().admin().revokeKiosk(kioskId);
            } else {
                server.revoke();
            }
            waitFor(() -> node("#enrolmentScreen") != null && node("#enrolmentScreen").isVisible());
            shot("revoked");
            LOG.info("Screenshots written to {}", out.toAbsolutePath());
            if (real) {
                realServer.close();
            }
        } catch (Exception e) {
            LOG.error("Screenshot tour failed", e);
        } finally {
            Platform.exit();
        }
    }

    private Node node(String id) {
        return stage.getScene() == null ? null : stage.getScene().lookup(id);
    }

    private String text(String id) {
        Node node = node(id);
        return node instanceof Labeled labeled ? labeled.getText() : null;
    }

    private void type(String id, String value) throws Exception {
        fx(() -> {
            ((TextInputControl) node(id)).setText(value);
            return null;
        });
    }

    private void click(String id) throws Exception {
        fx(() -> {
            ((ButtonBase) node(id)).fire();
            return null;
        });
    }

    private void shot(String name) throws Exception {
        Thread.sleep(400);
        var image = fx(() -> stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.resolve(prefix + name + ".png").toFile());
        LOG.info("Saved {}", name);
    }

    private void waitFor(Supplier<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Boolean.TRUE.equals(fx(condition::get))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out waiting for the kiosk");
            }
            Thread.sleep(100);
        }
    }

    private static <T> T fx(java.util.concurrent.Callable<T> action) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                result.set(action.call());
            } catch (Exception e) {
                failure.set(e);
            } finally {
                done.countDown();
            }
        });
        done.await();
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
