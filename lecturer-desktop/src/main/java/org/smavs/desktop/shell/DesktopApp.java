package org.smavs.desktop.shell;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.desktop.login.LoginView;
import org.smavs.desktop.login.LoginViewModel;

/**
 * The composition root of the lecturer desktop: builds the long-lived parts (background executor, settings
 * store, file dialogs) and swaps between the login screen and the signed-in shell.
 */
public final class DesktopApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(DesktopApp.class);

    private final DesktopConfig config;
    private Stage stage;
    private UiExecutor executor;
    private DesktopSettingsStore settings;
    private FileDialogs files;
    private Screen current;

    /** Used by the JavaFX launcher. */
    public DesktopApp() {
        this(DesktopConfig.defaults());
    }

    public DesktopApp(DesktopConfig config) {
        this.config = config;
    }

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        this.executor = config.executor().get();
        this.settings = new DesktopSettingsStore(config.settingsFile());
        this.files = config.fileDialogs().apply(primaryStage);
        Scene scene = new Scene(new StackPane(), 1360, 860);
        scene.getStylesheets().add(Styles.stylesheet());
        stage.setScene(scene);
        stage.setTitle("SMAVS — Lecturer desktop");
        stage.setMinWidth(960);
        stage.setMinHeight(640);
        showLogin();
        stage.show();
    }

    private void showLogin() {
        LoginViewModel model = new LoginViewModel(config.signIn(), settings, executor, this::showShell,
                config.browser().apply(getHostServices()));
        show(new LoginView(model));
    }

    private void showShell(SignedInSession session) {
        LOG.info("Signed in as {} ({})", session.user().email(), session.user().role().wire());
        SignedInScreens screens = new SignedInScreens(session, executor, files, config.clock());
        show(new ShellView(session.user(), screens, () -> signOut(session), () -> changePassword(session),
                () -> twoStepSignIn(session)));
    }

    /** The dialog, then the call off the FX thread; the outcome is told in a sentence either way. */
    private void changePassword(SignedInSession session) {
        var dialog = ChangePasswordDialog.create();
        dialog.initOwner(stage);
        dialog.showAndWait().ifPresent(request -> executor.submit(() -> {
            session.client().auth().changePassword(request.currentPassword(), request.newPassword());
            return Boolean.TRUE;
        }, done -> tell(javafx.scene.control.Alert.AlertType.INFORMATION, "Password changed",
                "Your password is changed. Your other sign-ins have been signed out."),
                failure -> tell(javafx.scene.control.Alert.AlertType.WARNING, "Password not changed",
                        ErrorMessages.describe("change your password", failure))));
    }

    /** Switches the second factor on (scan, confirm, recovery codes) or, when it is on, off with the password. */
    private void twoStepSignIn(SignedInSession session) {
        executor.submit(() -> session.client().auth().me(), me -> {
            if (me.totpEnabled()) {
                var dialog = TwoStepDialogs.switchOff();
                dialog.initOwner(stage);
                dialog.showAndWait().ifPresent(password -> executor.submit(() -> {
                    session.client().auth().disableTotp(password);
                    return Boolean.TRUE;
                }, done -> tell(javafx.scene.control.Alert.AlertType.INFORMATION, "Two-step sign-in is off",
                        "Signing in now needs your password alone."), failure -> tell(
                        javafx.scene.control.Alert.AlertType.WARNING, "Two-step sign-in stays on",
                        ErrorMessages.describe("switch two-step sign-in off", failure))));
                return;
            }
            executor.submit(() -> session.client().auth().setUpTotp(), setup -> {
                var dialog = TwoStepDialogs.setUp(setup);
                dialog.initOwner(stage);
                dialog.showAndWait().ifPresent(code -> executor.submit(() -> session.client().auth().enableTotp(code),
                        recovery -> {
                            var codes = TwoStepDialogs.recoveryCodes(recovery.recoveryCodes());
                            codes.initOwner(stage);
                            codes.show();
                        }, failure -> tell(javafx.scene.control.Alert.AlertType.WARNING, "Two-step sign-in not on",
                                ErrorMessages.describe("switch two-step sign-in on", failure))));
            }, failure -> tell(javafx.scene.control.Alert.AlertType.WARNING, "Two-step sign-in",
                    ErrorMessages.describe("set up two-step sign-in", failure)));
        }, failure -> tell(javafx.scene.control.Alert.AlertType.WARNING, "Two-step sign-in",
                ErrorMessages.describe("read your account", failure)));
    }

    private void tell(javafx.scene.control.Alert.AlertType type, String title, String message) {
        javafx.scene.control.Alert alert = new javafx.scene.control.Alert(type, message);
        alert.initOwner(stage);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.show();
    }

    private void signOut(SignedInSession session) {
        // Revoke the refresh token on the server in the background; the UI returns to login at once.
        executor.runInBackground(session::signOut);
        showLogin();
    }

    private void show(Screen next) {
        if (current != null) {
            current.dispose();
        }
        current = next;
        stage.getScene().setRoot(next.root());
    }

    @Override
    public void stop() {
        if (current != null) {
            current.dispose();
            current = null;
        }
        if (executor != null) {
            executor.shutdown();
        }
    }
}
