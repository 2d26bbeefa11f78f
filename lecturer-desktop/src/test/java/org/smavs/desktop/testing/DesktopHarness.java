package org.smavs.desktop.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.smavs.desktop.shell.DesktopApp;
import org.smavs.desktop.shell.DesktopConfig;
import org.smavs.desktop.shell.DesktopSettingsStore;
import org.smavs.desktop.shell.FileDialogs;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real app (real executor, real HTTP) in a TestFX stage against a test server, with file
 * dialogs answered by the test. Also the waiting and lookup helpers UI tests share.
 */
public final class DesktopHarness {
    private final DesktopApp app;
    private Path nextSaveTarget;
    private Path nextFileToOpen;

    public DesktopHarness(String serverUrl, Path configDir) {
        this(serverUrl, configDir, uri -> {
            throw new IllegalStateException("This test opens no browser");
        });
    }

    /** {@code browser} plays the person's browser during single sign-on. */
    public DesktopHarness(String serverUrl, Path configDir, java.util.function.Consumer<java.net.URI> browser) {
        Path settingsFile = configDir.resolve("desktop.properties");
        new DesktopSettingsStore(settingsFile).remember(serverUrl, "");
        FileDialogs dialogs = new FileDialogs() {
            @Override
            public Optional<Path> chooseSaveTarget(String title, String suggestedName, String extension) {
                return Optional.ofNullable(nextSaveTarget);
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, String extension) {
                return Optional.ofNullable(nextFileToOpen);
            }
        };
        this.app = new DesktopApp(DesktopConfig.defaults().withSettingsFile(settingsFile).withFileDialogs(dialogs)
                .withBrowser(browser));
    }

    public void start(Stage stage) {
        app.start(stage);
    }

    public void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    public void saveNextTo(Path target) {
        this.nextSaveTarget = target;
    }

    public void openNext(Path file) {
        this.nextFileToOpen = file;
    }

    public static void signIn(FxRobot robot, String email, String password) {
        robot.interact(() -> {
            robot.lookup("#emailField").queryAs(TextInputControl.class).setText(email);
            robot.lookup("#passwordField").queryAs(TextInputControl.class).setText(password);
        });
        robot.clickOn("#signInButton");
    }

    public static void signInAndWait(FxRobot robot, String email, String password) {
        signIn(robot, email, password);
        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
    }

    /** Waits up to 15 s for {@code condition}, evaluated on the FX thread. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 15 s", e);
        }
    }

    /** Text of the first visible labeled node matching {@code query}, or "" if none. */
    public static String textOf(FxRobot robot, String query) {
        return robot.lookup(query).match(Node::isVisible).tryQuery()
                .map(node -> node instanceof Labeled labeled ? labeled.getText()
                        : node instanceof TextInputControl input ? input.getText() : "")
                .orElse("");
    }

    public static boolean anyStatusContains(FxRobot robot, String fragment) {
        return robot.lookup("#statusMessage").queryAllAs(Labeled.class).stream()
                .anyMatch(label -> label.getText() != null && label.getText().contains(fragment));
    }

    public static String readFile(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
