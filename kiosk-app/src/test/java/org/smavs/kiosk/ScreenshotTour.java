package org.smavs.kiosk;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import org.smavs.kiosk.shell.Styles;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.FxThread;
import org.smavs.kiosk.testing.Portraits;
import org.smavs.kiosk.testing.Portraits.Person;
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
            // the tour's own copy of the pictures, so the guidance shots can change what the camera sees
            Path tourCamera = Files.createDirectories(Files.createTempDirectory("kiosk-tour-camera")
                    .resolve(camera.getFileName())); // same name: the status bar shows it
            List<Path> originals = copyPictures(camera, tourCamera);
            KioskApp app = KioskApp.create(new KioskOptions(data, camera, "", true, width, height),
                    real ? new ApiKioskBackend(Duration.ofSeconds(5)) : server,
                    new ImageFolderFrameSource(tourCamera, Duration.ofMillis(700)), new BackgroundUiExecutor(2),
                    Clock.systemUTC(), tuning);
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
            // a second person steps into the picture before the countdown ends: the burst waits
            showOnly(tourCamera, Portraits.sideBySide(Person.ASTRONAUT, Person.GRACE_HOPPER));
            waitFor(() -> text("#checkInDetail") != null && text("#checkInDetail").startsWith("One person at a time —"));
            shot("guidance-waiting");
            showOnly(tourCamera, Portraits.good(Person.GRACE_HOPPER));
            waitFor(() -> "Sam Student".equals(text("#resultHeadline")) && node("#resultScreen").isVisible());
            Thread.sleep(300);
            // the demo student has no reference photo, so the real server flags the check-in and says why
            shot(real ? "result-flagged" : "result");
            waitFor(() -> !node("#resultScreen").isVisible());
            guidanceShots(tourCamera);
            restore(tourCamera, originals);

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

    /** The preview's advice for each kind of picture, one screenshot each. */
    private void guidanceShots(Path tourCamera) throws Exception {
        Map<String, BufferedImage> states = new LinkedHashMap<>();
        states.put("move-closer", Portraits.framed(Person.ASTRONAUT, 0.15, 0.5, 0.5));
        states.put("move-back", Portraits.framed(Person.GRACE_HOPPER, 0.8, 0.5, 0.5));
        states.put("one-person", Portraits.sideBySide(Person.ASTRONAUT, Person.GRACE_HOPPER));
        states.put("into-oval", Portraits.framed(Person.ASTRONAUT, 0.32, 0.17, 0.5));
        states.put("more-light", Portraits.dark(Person.ASTRONAUT));
        states.put("face-camera", Portraits.noFace());
        Map<String, String> advice = Map.of("move-closer", "Move closer", "move-back", "Move back a little",
                "one-person", "One person at a time", "into-oval", "Move your face into the oval",
                "more-light", "More light, please", "face-camera", "Face the camera");
        for (var state : states.entrySet()) {
            showOnly(tourCamera, state.getValue());
            String expected = advice.get(state.getKey());
            waitFor(() -> expected.equals(text("#coaching")) && node("#coaching").isVisible());
            shot("guidance-" + state.getKey());
        }
        showOnly(tourCamera, Portraits.good(Person.GRACE_HOPPER));
        waitFor(() -> node("#faceOval").getStyleClass().contains(Styles.FACE_OVAL_GOOD) && !node("#coaching").isVisible());
        shot("guidance-good");
    }

    private int shown;

    /** What the camera sees next: this picture only. */
    private void showOnly(Path folder, BufferedImage picture) throws IOException {
        String name = String.format("tour-%03d.png", shown++);
        Portraits.write(picture, folder, name);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals(name)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static List<Path> copyPictures(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            List<Path> pictures = files.filter(f -> f.getFileName().toString().matches("(?i).*\\.(png|jpe?g)")).toList();
            for (Path picture : pictures) {
                Files.copy(picture, to.resolve(picture.getFileName()));
            }
            return pictures;
        }
    }

    private static void restore(Path folder, List<Path> originals) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        for (Path picture : originals) {
            Files.copy(picture, folder.resolve(picture.getFileName()));
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

    private static <T> T fx(Callable<T> action) throws Exception {
        return FxThread.call(action);
    }
}
