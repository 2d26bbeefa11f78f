package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;
import static org.smavs.kiosk.KioskUiTestSupport.awaitVisible;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.enrol.CredentialStore;
import org.smavs.kiosk.enrol.Enrolment;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.kiosk.KioskCredential;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class EnrolmentUiTest {
    @TempDir
    Path dir;
    private final FakeKioskServer server = new FakeKioskServer(Clock.systemUTC());
    private Stage stage;
    private KioskApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
    }

    private void launch(FxRobot robot) throws Exception {
        Path camera = dir.resolve("camera");
        TestPictures.scene(camera, "scene.png", 140);
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, server);
    }

    @Test
    void firstStartAsksForTheServerAndCodeThenShowsTheRoomsSession(FxRobot robot) throws Exception {
        launch(robot);
        awaitVisible(robot, "#enrolmentScreen");

        robot.clickOn("#serverUrl").write("smavs.test:8000");
        robot.clickOn("#enrollmentCode").write(FakeKioskServer.CODE);
        robot.clickOn("#enrolButton");

        awaitText(robot, "#courseName", "CS201 Algorithms");
        Path credential = dir.resolve("data").resolve("kiosk-credential.json");
        assertThat(credential).exists();
        assertThat(OwnerOnlyFiles.isOwnerOnly(credential)).isTrue();
        assertThat(KioskUiTestSupport.text(robot, "#kioskLabel")).contains("Room B101");
        assertThat(server.connectedUrl()).isEqualTo(FakeKioskServer.URL);
    }

    @Test
    void aWrongCodeKeepsTheKioskOnEnrolmentWithAReason(FxRobot robot) throws Exception {
        launch(robot);
        awaitVisible(robot, "#enrolmentScreen");

        robot.clickOn("#serverUrl").write(FakeKioskServer.URL);
        robot.clickOn("#enrollmentCode").write("ZZZZZ-ZZZZZ");
        robot.clickOn("#enrolButton");

        awaitText(robot, "#enrolMessage", "Unknown or expired enrolment code. Ask an administrator for a new code.");
        assertThat(dir.resolve("data").resolve("kiosk-credential.json")).doesNotExist();
    }

    @Test
    void aRevokedKioskGoesBackToEnrolmentWithAClearMessage(FxRobot robot) throws Exception {
        new CredentialStore(dir.resolve("data")).save(new Enrolment(FakeKioskServer.URL,
                new KioskCredential(3, "Kiosk B101", 1, "Room B101", "old-token")));
        launch(robot);
        awaitText(robot, "#courseName", "CS201 Algorithms");
        // the label updates a moment before the session is written on the same FX callback
        await().atMost(5, TimeUnit.SECONDS).until(() -> Files.exists(dir.resolve("data").resolve("last-session.json")));
        assertThat(dir.resolve("data").resolve("last-session.json")).as("the running session is remembered").exists();

        server.revoke();

        awaitVisible(robot, "#enrolmentScreen");
        assertThat(KioskUiTestSupport.text(robot, "#enrolMessage")).contains("revoked");
        assertThat(dir.resolve("data").resolve("kiosk-credential.json")).doesNotExist();
        assertThat(dir.resolve("data").resolve("last-session.json")).as("and forgotten with the credential").doesNotExist();
    }
}
