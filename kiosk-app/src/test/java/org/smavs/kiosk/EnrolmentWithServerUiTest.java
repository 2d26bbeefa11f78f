package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;
import static org.smavs.kiosk.KioskUiTestSupport.awaitVisible;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.client.ApiClient;
import org.smavs.kiosk.backend.ApiKioskBackend;
import org.smavs.kiosk.enrol.EnrolmentCode;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.Room;
import org.smavs.server.ServerApp;
import org.smavs.server.config.ServerConfig;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Enrolment against the real server (started on port 0 with its demo data), through the HTTP client. */
@ExtendWith(ApplicationExtension.class)
class EnrolmentWithServerUiTest {
    @TempDir
    Path dir;
    private ServerApp server;
    private ApiClient admin;
    private Stage stage;
    private KioskApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void startServer() throws Exception {
        server = ServerApp.create(ServerConfig.forTests(dir.resolve("server"))).start(0);
        admin = new ApiClient(server.baseUrl());
        admin.useTokens(admin.auth().login("admin@smavs.com", "admin123"));
        TestPictures.scene(dir.resolve("camera"), "scene.png", 140);
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
        if (server != null) {
            server.stop();
        }
    }

    private KioskEnrollmentCode newKioskCode() {
        Room room = admin.admin().rooms().get(0);
        return admin.admin().createKiosk(new CreateKioskRequest("Kiosk under test", room.id()));
    }

    private void launchKiosk(FxRobot robot) throws Exception {
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), dir.resolve("camera"),
                new ApiKioskBackend(Duration.ofSeconds(3)));
    }

    private void enrolThroughTheScreen(FxRobot robot, String typedCode) throws Exception {
        launchKiosk(robot);
        awaitVisible(robot, "#enrolmentScreen");
        robot.clickOn("#serverUrl").write(server.baseUrl());
        robot.clickOn("#enrollmentCode").write(typedCode);
        robot.clickOn("#kioskName").eraseText(40).write("Kiosk under test");
        robot.clickOn("#enrolButton");
        awaitVisible(robot, "#kioskScreen");
    }

    @Test
    void anAdminsOneTimeCodeEnrolsTheKioskAndIsUsedUp(FxRobot robot) throws Exception {
        KioskEnrollmentCode code = newKioskCode();
        enrolThroughTheScreen(robot, code.enrollmentCode());

        Path credential = dir.resolve("data").resolve("kiosk-credential.json");
        assertThat(credential).exists();
        assertThat(OwnerOnlyFiles.isOwnerOnly(credential)).isTrue();
        String roomName = admin.admin().rooms().get(0).name();
        assertThat(KioskUiTestSupport.text(robot, "#kioskLabel")).contains(roomName);
        await().atMost(5, TimeUnit.SECONDS).until(() -> admin.admin().kiosks().stream()
                .anyMatch(k -> k.id() == code.kiosk().id() && "active".equals(k.status())));
    }

    @Test
    void aRevokedKioskKeepsTheServerAddressSoOnlyANewCodeIsNeeded(FxRobot robot) throws Exception {
        KioskEnrollmentCode code = newKioskCode();
        // typed the way people do: lower case, a space for the dash
        enrolThroughTheScreen(robot, code.enrollmentCode().toLowerCase().replace("-", " "));

        admin.admin().revokeKiosk(code.kiosk().id());

        awaitVisible(robot, "#enrolmentScreen");
        assertThat(KioskUiTestSupport.text(robot, "#enrolMessage")).contains("revoked");
        assertThat(robot.lookup("#serverUrl").queryAs(TextField.class).getText()).isEqualTo(server.baseUrl());
        KioskUiTestSupport.assertEveryTextFits(robot);

        KioskEnrollmentCode fresh = admin.admin().reissueKiosk(code.kiosk().id());
        robot.clickOn("#enrollmentCode").write(fresh.enrollmentCode());
        robot.clickOn("#enrolButton");
        awaitVisible(robot, "#kioskScreen");
    }

    @Test
    void theIntroNamesTheDesktopTabAndTheCodeLooksLikeTheServersCodes(FxRobot robot) throws Exception {
        KioskEnrollmentCode code = newKioskCode();
        launchKiosk(robot);
        awaitVisible(robot, "#enrolmentScreen");

        assertThat(KioskUiTestSupport.text(robot, "#enrolIntro")).contains("Admin → Rooms & kiosks");
        // the example has the shape of what the server hands out: XXXXX-XXXXX
        assertThat(EnrolmentCode.EXAMPLE).matches(code.enrollmentCode().replaceAll("[A-Z0-9]", "[A-Z0-9]"));
        assertThat(robot.lookup("#enrollmentCode").queryAs(TextField.class).getPromptText())
                .contains(EnrolmentCode.EXAMPLE);
        KioskUiTestSupport.assertEveryTextFits(robot);
    }

    @Test
    void anUnknownCodeIsRefusedByTheServerAndExplained(FxRobot robot) throws Exception {
        launchKiosk(robot);
        awaitVisible(robot, "#enrolmentScreen");

        robot.clickOn("#serverUrl").write(server.baseUrl());
        robot.clickOn("#enrollmentCode").write("ZZZZZ-ZZZZZ");
        robot.clickOn("#enrolButton");

        await().atMost(10, TimeUnit.SECONDS).until(() -> KioskUiTestSupport.text(robot, "#enrolMessage")
                .endsWith("Ask an administrator for a new code."));
        KioskUiTestSupport.assertEveryTextFits(robot);
        assertThat(dir.resolve("data").resolve("kiosk-credential.json")).doesNotExist();
    }

    @Test
    void aServerThatIsNotRunningIsNamed(FxRobot robot) throws Exception {
        String url = server.baseUrl();
        server.stop();
        server = null;
        launchKiosk(robot);
        awaitVisible(robot, "#enrolmentScreen");

        robot.clickOn("#serverUrl").write(url);
        robot.clickOn("#enrollmentCode").write("ZZZZZ-ZZZZZ");
        robot.clickOn("#enrolButton");

        awaitText(robot, "#enrolMessage", "Cannot reach the server at " + url + ". Check the address and the network.");
    }
}
