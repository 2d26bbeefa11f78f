package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
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
        return node.isPresent() && node.get().getScene() != null && visibleUpTheChain(node.get());
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** A student at the kiosk: "Use student number", number and PIN typed, "Check in". */
    static void checkInWithNumberAndPin(FxRobot robot, String number, String pin) {
        awaitVisible(robot, "#useNumberButton");
        robot.clickOn("#useNumberButton");
        robot.clickOn("#studentNumber").write(number);
        robot.clickOn("#pin").write(pin);
        robot.clickOn("#submitNumber");
    }

    /**
     * Every visible label on the stage shows its whole text (no "…") and lies inside the window: the kiosk's
     * promise at 1024×768, where long messages must wrap.
     */
    static void assertEveryTextFits(FxRobot robot) {
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Scene scene = robot.listTargetWindows().stream().filter(Stage.class::isInstance).map(w -> w.getScene())
                    .filter(s -> s != null && s.lookup("#shell") != null).findFirst().orElseThrow();
            // a label's shown text is updated at layout; a property that changed a moment ago is not laid out yet
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            for (Node node : scene.getRoot().lookupAll(".label")) {
                if (!(node instanceof Labeled label) || !visibleUpTheChain(label) || label.getText() == null
                        || label.getText().isEmpty()) {
                    continue;
                }
                Node shown = label.lookup(".text");
                if (shown instanceof Text text && !label.getText().equals(text.getText())) {
                    problems.add("cut: '" + label.getText() + "' shown as '" + text.getText() + "'");
                }
                Bounds bounds = label.localToScene(label.getLayoutBounds());
                if (bounds.getMaxX() > scene.getWidth() + 1 || bounds.getMaxY() > scene.getHeight() + 1
                        || bounds.getMinX() < -1) {
                    problems.add("outside the window: '" + label.getText() + "' at " + bounds);
                }
            }
        });
        assertThat(problems).as("texts at %s", "1024×768").isEmpty();
    }

    private static boolean visibleUpTheChain(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    static void awaitText(FxRobot robot, String query, String expected) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> visible(robot, query)
                && expected.equals(text(robot, query)));
    }
}
