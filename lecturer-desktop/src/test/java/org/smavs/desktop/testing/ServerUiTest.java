package org.smavs.desktop.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.api.FxToolkit;

/** Base of UI tests that drive the whole app against one real server per test class. */
@ExtendWith(ApplicationExtension.class)
public abstract class ServerUiTest {
    protected static TestServer server;
    protected static ServerActors actors;
    protected DesktopHarness harness;
    protected Path tempDir;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
        actors = new ServerActors(server.baseUrl());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    /** TestFX only honours {@code @Start} on the test class itself, so the base sets the stage up here. */
    @BeforeEach
    void startApp() throws Exception {
        tempDir = Files.createTempDirectory("smavs-desktop-test");
        harness = new DesktopHarness(server.baseUrl(), tempDir);
        FxToolkit.setupStage(harness::start);
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        harness.stop(robot);
    }

    /**
     * Fails when the server does not offer {@code method path}: a renamed route must break these tests, never
     * skip them silently.
     */
    protected static void requireRoute(String method, String path) {
        assertTrue(server.supports(method, path), "the server no longer offers " + method + " " + path
                + ": the desktop and the route table disagree");
    }

    protected static void selectTab(FxRobot robot, String tabPaneQuery, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(tabPaneQuery).queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
    }
}
