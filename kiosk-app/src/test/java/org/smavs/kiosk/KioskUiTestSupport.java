package org.smavs.kiosk;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.kiosk.camera.ImageFolderFrameSource;
import org.smavs.kiosk.checkin.CheckInTimings;
import org.smavs.kiosk.shell.BackgroundUiExecutor;
import org.testfx.api.FxRobot;

/** Starts the real kiosk (real views, executor, queue, camera thread) on a TestFX stage with short timings. */
final class KioskUiTestSupport {
    static final KioskTuning FAST = new KioskTuning(
            new CheckInTimings(Duration.ofMillis(800), Duration.ofMillis(1500), Duration.ofMillis(1500),
                    Duration.ofMillis(150), Duration.ofSeconds(30)).withFramingWait(Duration.ofMillis(600)),
            4, Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(30));

    private KioskUiTestSupport() {
    }

    static KioskApp launch(FxRobot robot, Stage stage, Path dataDir, Path cameraDir, KioskBackend backend)
            throws Exception {
        return launch(robot, stage, dataDir, cameraDir, backend, FAST);
    }

    static KioskApp launch(FxRobot robot, Stage stage, Path dataDir, Path cameraDir, KioskBackend backend,
                           KioskTuning tuning) throws Exception {
        KioskOptions options = new KioskOptions(dataDir, cameraDir, "", true, 1024, 768);
        KioskApp app = KioskApp.create(options, backend, new ImageFolderFrameSource(cameraDir, Duration.ofMillis(30)),
                new BackgroundUiExecutor(2), Clock.systemUTC(), tuning);
        robot.interact(() -> app.show(stage));
        return app;
    }

    static void stop(FxRobot robot, KioskApp app) {
        if (app != null) {
            robot.interact(app::stop);
        }
    }

    /** Waits until a visible node with {@code query} exists (visible up the whole parent chain). */
    static void awaitVisible(FxRobot robot, String query) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> visible(robot, query));
    }

    static boolean visible(FxRobot robot, String query) {
        Optional<Node> node = robot.lookup(query).tryQuery();
        if (node.isEmpty() || node.get().getScene() == null) {
            return false;
        }
        for (Node n = node.get(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    static void awaitText(FxRobot robot, String query, String expected) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> visible(robot, query)
                && expected.equals(text(robot, query)));
    }
}
