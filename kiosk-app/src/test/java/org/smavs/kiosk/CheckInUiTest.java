package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;
import static org.smavs.kiosk.KioskUiTestSupport.awaitVisible;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.kiosk.KioskCredential;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The check-in path end to end through the UI, with the file-backed camera. */
@ExtendWith(ApplicationExtension.class)
class CheckInUiTest {
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
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
    }

    @Test
    void aPhonePassShownToTheCameraChecksTheStudentIn(FxRobot robot) throws Exception {
        Path camera = dir.resolve("camera");
        TestPictures.passQr(camera, "pass.png", "PASS-S1001-signed");
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, server);

        awaitText(robot, "#challengeText", "Turn your head to the left");
        awaitVisible(robot, "#countdown");
        awaitText(robot, "#resultHeadline", "Sam Student");
        assertThat(KioskUiTestSupport.text(robot, "#resultDetail")).isEqualTo("You are marked present");
        assertThat(server.records()).singleElement().extracting(r -> r.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(server.framesPerCheckIn()).containsExactly(4);

        // the result clears itself; the live count follows the server
        await().atMost(5, TimeUnit.SECONDS).until(() -> !KioskUiTestSupport.visible(robot, "#resultScreen"));
        awaitText(robot, "#liveCount", "1");
        assertThat(server.records()).as("the same pass does not check in twice").hasSize(1);
    }

    @Test
    void studentNumberAndPinOnTheTouchKeysCheckTheStudentIn(FxRobot robot) throws Exception {
        Path camera = dir.resolve("camera");
        TestPictures.scene(camera, "scene.png", 140);
        server.setVerdict(AttendanceStatus.FLAGGED, List.of(ReasonCode.OUTSIDE_GEOFENCE, ReasonCode.FACE_MISMATCH));
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, server);
        awaitVisible(robot, "#useNumberButton");

        robot.clickOn("#useNumberButton");
        robot.clickOn("#studentNumber");
        for (String key : new String[] {"#key-s", "#key-1", "#key-0", "#key-0", "#key-1"}) {
            robot.clickOn(key);
        }
        robot.clickOn("#pin");
        for (String key : new String[] {"#key-1", "#key-2", "#key-3", "#key-4"}) {
            robot.clickOn(key);
        }
        KioskUiTestSupport.assertEveryTextFits(robot);
        robot.clickOn("#submitNumber");

        awaitText(robot, "#resultHeadline", "Sam Student");
        assertThat(KioskUiTestSupport.text(robot, "#resultDetail"))
                .isEqualTo("Your lecturer will check this: the face did not match your photo");
        KioskUiTestSupport.assertEveryTextFits(robot);
    }

    @Test
    void aWrongPinIsExplained(FxRobot robot) throws Exception {
        Path camera = dir.resolve("camera");
        TestPictures.scene(camera, "scene.png", 140);
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, server);
        awaitVisible(robot, "#useNumberButton");

        robot.clickOn("#useNumberButton");
        robot.clickOn("#studentNumber").write("S1001");
        robot.clickOn("#pin").write("0000");
        robot.clickOn("#submitNumber");

        // the number stays, the cursor is back in the PIN field, and the kiosk says what to do
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#pin").query().isFocused());
        assertThat(robot.lookup("#studentNumber").queryAs(javafx.scene.control.TextField.class).getText())
                .isEqualTo("S1001");
        awaitText(robot, "#checkInDetail", "Student number or PIN is not right. Type your PIN again.");
        assertThat(server.records()).isEmpty();
    }
}
