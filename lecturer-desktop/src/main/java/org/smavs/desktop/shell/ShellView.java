package org.smavs.desktop.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.smavs.model.auth.User;

/** The signed-in window: header with the user and Sign out, one tab per area, extra tabs for rosters. */
public final class ShellView implements Screen, Navigator {
    private final User user;
    private final SignedInScreens screens;
    private final Runnable onSignOut;
    private final Runnable onTwoStep;
    private final Runnable onChangePassword;
    private final Map<String, Tab> openTabs = new HashMap<>();
    private final Map<Tab, Screen> tabScreens = new HashMap<>();
    private final List<Stage> windows = new ArrayList<>();
    private final Parent root;

    @FXML private Label userLabel;
    @FXML private Button signOutButton;
    @FXML private Button changePasswordButton;
    @FXML private Button twoStepButton;
    @FXML private TabPane tabs;
    @FXML private CheckBox emailNotificationsCheck;
    private final ListenerScope listeners = new ListenerScope();

    public ShellView(User user, SignedInScreens screens, Runnable onSignOut, Runnable onChangePassword,
                     Runnable onTwoStep) {
        this.onChangePassword = onChangePassword;
        this.onTwoStep = onTwoStep;
        this.user = user;
        this.screens = screens;
        this.onSignOut = onSignOut;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        userLabel.setText(user.fullName() + " · " + Cells.sentenceCase(user.role().wire()));
        signOutButton.setOnAction(event -> onSignOut.run());
        changePasswordButton.setOnAction(event -> onChangePassword.run());
        twoStepButton.setOnAction(event -> onTwoStep.run());
        watchEmailNotifications(screens.emailNotifications());
        addFixedTab("dashboardTab", "Dashboard", screens.dashboard());
        addFixedTab("sessionsTab", "Sessions", screens.sessions(this));
        addFixedTab("coursesTab", "Courses", screens.courses());
        addFixedTab("reviewTab", "Flag review", screens.review());
        addFixedTab("excusesTab", "Excuses", screens.excuses());
        if (screens.showsAdmin()) {
            addFixedTab("adminTab", "Admin", screens.admin());
        }
        tabs.getSelectionModel().selectedItemProperty().addListener((observed, previous, selected) -> {
            Screen screen = selected == null ? null : tabScreens.get(selected);
            if (screen != null && previous != null) {
                screen.shown();
            }
        });
    }

    /** The box follows the server's answer; a refused change is undone and said in a window (no status bar here). */
    private void watchEmailNotifications(EmailNotificationsViewModel model) {
        listeners.watch(model.onProperty(), emailNotificationsCheck::setSelected);
        emailNotificationsCheck.disableProperty().bind(model.status().busyProperty());
        emailNotificationsCheck.setOnAction(event -> model.set(emailNotificationsCheck.isSelected()));
        listeners.watch(model.status().errorProperty(), error -> {
            if (error != null && root.getScene() != null) {
                javafx.scene.control.Alert alert = new javafx.scene.control.Alert(
                        javafx.scene.control.Alert.AlertType.WARNING, error);
                alert.initOwner(root.getScene().getWindow());
                alert.setTitle("E-mail notifications");
                alert.setHeaderText("E-mail notifications");
                alert.show();
            }
        });
    }

    private void addFixedTab(String id, String title, Screen screen) {
        Tab tab = new Tab(title, screen.root());
        tab.setId(id);
        tab.setClosable(false);
        tabScreens.put(tab, screen);
        tabs.getTabs().add(tab);
    }

    @Override
    public void reviewRecord(long recordId) {
        tabs.getTabs().stream().filter(tab -> "reviewTab".equals(tab.getId())).findFirst().ifPresent(tab -> {
            tabs.getSelectionModel().select(tab);
            if (tabScreens.get(tab) instanceof org.smavs.desktop.review.ReviewView review) {
                review.focus(recordId);
            }
        });
    }

    @Override
    public void openTab(String key, String title, Supplier<Screen> factory) {
        Tab existing = openTabs.get(key);
        if (existing != null) {
            tabs.getSelectionModel().select(existing);
            return;
        }
        Screen screen = factory.get();
        Tab tab = new Tab(title, screen.root());
        tab.setId(key);
        tab.setOnClosed(event -> {
            openTabs.remove(key);
            tabScreens.remove(tab);
            screen.dispose();
        });
        openTabs.put(key, tab);
        tabScreens.put(tab, screen);
        tabs.getTabs().add(tab);
        tabs.getSelectionModel().select(tab);
    }

    @Override
    public void openWindow(String title, Screen screen, double width, double height) {
        Stage window = new Stage();
        window.setTitle(title);
        Scene scene = new Scene(screen.root(), width, height);
        scene.getStylesheets().add(Styles.stylesheet());
        window.setScene(scene);
        if (root.getScene() != null) {
            window.initOwner(root.getScene().getWindow());
        }
        window.setOnHidden(event -> {
            windows.remove(window);
            screen.dispose();
        });
        windows.add(window);
        window.show();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        // Closing windows runs their own dispose (setOnHidden); copy first as that edits the list.
        new ArrayList<>(windows).forEach(Stage::close);
        tabScreens.values().forEach(Screen::dispose);
        tabScreens.clear();
        openTabs.clear();
    }
}
