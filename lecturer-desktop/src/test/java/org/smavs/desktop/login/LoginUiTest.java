package org.smavs.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.nio.file.Path;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class LoginUiTest {
    private static TestServer server;
    @TempDir static Path configDir;
    private DesktopHarness harness;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Start
    void start(Stage stage) {
        harness = new DesktopHarness(server.baseUrl(), configDir);
        harness.start(stage);
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        harness.stop(robot);
    }

    @Test
    void aWrongPasswordIsRefusedWithASentence(FxRobot robot) {
        DesktopHarness.signIn(robot, TestServer.LECTURER, "wrong-password");

        waitUntil(() -> anyStatusContains(robot, "The email or password is not correct."));
        assertThat(robot.lookup("#mainTabs").tryQuery()).isEmpty();
    }

    @Test
    void aLecturerSignsInAndSeesTheirTabsButNoAdminTab(FxRobot robot) {
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);

        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText())
                .containsExactly("Dashboard", "Sessions", "Courses", "Flag review", "Excuses");
        assertThat(DesktopHarness.textOf(robot, "#userLabel")).isEqualTo("Lena Lecturer · Lecturer");
    }

    @Test
    void anAdminAlsoGetsTheAdminTabAndCanSignOut(FxRobot robot) {
        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        TabPane tabs = robot.lookup("#mainTabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs()).extracting(tab -> tab.getText()).contains("Admin");

        robot.clickOn("#signOutButton");

        waitUntil(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        assertThat(DesktopHarness.textOf(robot, "#emailField")).isEqualTo(TestServer.ADMIN);
    }
}
