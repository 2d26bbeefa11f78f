package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;
import static org.smavs.kiosk.KioskUiTestSupport.awaitVisible;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.checkin.PassScanner;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.TestPictures;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** An enrolled kiosk: the idle screen, and the session screen with a QR that decodes and rotates. */
@ExtendWith(ApplicationExtension.class)
class SessionScreenUiTest {
    @TempDir
    Path dir;
    private final FakeKioskServer server = new FakeKioskServer(Clock.systemUTC());
    private Stage stage;
    private KioskApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void enrolled() throws Exception {
        FakeKioskServer.enrolKiosk(dir.resolve("data"));
        TestPictures.scene(dir.resolve("camera"), "scene.png", 140);
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
    }

    @Test
    void withoutAClassTheKioskShowsTheIdleScreen(FxRobot robot) throws Exception {
        server.setSessionRunning(false);
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), dir.resolve("camera"), server);

        awaitText(robot, "#idleMessage", "No class is running in this room right now");
        assertThat(KioskUiTestSupport.text(robot, "#idleRoom")).isEqualTo("Room B101");
        assertThat(KioskUiTestSupport.visible(robot, "#sessionScreen")).isFalse();
        awaitText(robot, "#connectionStatus", "Connected");
        KioskUiTestSupport.assertEveryTextFits(robot);

        server.setSessionRunning(true);
        awaitText(robot, "#courseName", "CS201 Algorithms");
    }

    @Test
    void theSessionScreenShowsCourseLecturerTimeCountAndAScannableRotatingQr(FxRobot robot) throws Exception {
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), dir.resolve("camera"), server);

        awaitText(robot, "#courseName", "CS201 Algorithms");
        assertThat(KioskUiTestSupport.text(robot, "#lecturerName")).isEqualTo("Dr Lee Lecturer");
        assertThat(KioskUiTestSupport.text(robot, "#timeLeft")).matches("4[45] min left");
        assertThat(KioskUiTestSupport.text(robot, "#liveCount")).isEqualTo("0");
        assertThat(KioskUiTestSupport.text(robot, "#sessionCode")).isEqualTo("739214");
        assertThat(decodeShownQr(robot)).contains(server.currentQrToken());

        String first = server.currentQrToken();
        server.rotateQr();
        await().atMost(8, TimeUnit.SECONDS).until(() -> decodeShownQr(robot).equals(Optional.of(server.currentQrToken())));
        assertThat(server.currentQrToken()).isNotEqualTo(first);
    }

    @Test
    void theCameraPreviewShowsPicturesFromTheFileCamera(FxRobot robot) throws Exception {
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), dir.resolve("camera"), server);

        awaitVisible(robot, "#cameraPreview");
        await().atMost(5, TimeUnit.SECONDS).until(() -> robot.lookup("#cameraPreview .image-view").tryQuery()
                .map(node -> ((ImageView) node).getImage() != null).orElse(false));
        // The file camera runs as --demo-camera does, and the status bar says so.
        awaitText(robot, "#cameraStatus", "Demo camera: pictures in camera");
    }

    @Test
    void aMissingCameraIsExplainedNotFatal(FxRobot robot) throws Exception {
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), dir.resolve("no-camera"), server);

        awaitText(robot, "#courseName", "CS201 Algorithms");
        awaitVisible(robot, "#cameraMissing");
        assertThat(KioskUiTestSupport.text(robot, "#cameraMissing")).startsWith("No camera picture.");
        assertThat(KioskUiTestSupport.text(robot, "#cameraStatus")).startsWith("Camera missing");
    }

    /** Reads the QR the way a phone would: from the pixels on screen. */
    private static Optional<String> decodeShownQr(FxRobot robot) {
        Image image = robot.lookup("#qrImage").queryAs(ImageView.class).getImage();
        if (image == null) {
            return Optional.empty();
        }
        return new PassScanner().scan(SwingFXUtils.fromFXImage(image, null));
    }
}
