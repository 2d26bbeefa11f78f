package org.smavs.desktop.login;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.Screen;

/** The sign-in form. */
public final class LoginView implements Screen {
    private final LoginViewModel model;
    private final Parent root;
    private final javafx.beans.value.ChangeListener<Boolean> serverFieldLeft = this::serverFieldFocusChanged;

    @FXML private TextField serverField;
    @FXML private TextField emailField;
    @FXML private PasswordField passwordField;
    @FXML private Button signInButton;
    @FXML private VBox card;
    @FXML private javafx.scene.control.Label codeLabel;
    @FXML private TextField codeField;
    @FXML private Button universityButton;
    @FXML private javafx.scene.layout.HBox waitingBox;
    @FXML private Button cancelUniversityButton;

    public LoginView(LoginViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        serverField.textProperty().bindBidirectional(model.serverUrlProperty());
        emailField.textProperty().bindBidirectional(model.emailProperty());
        passwordField.textProperty().bindBidirectional(model.passwordProperty());
        signInButton.disableProperty().bind(model.canSignInProperty().not());
        signInButton.setOnAction(event -> model.signIn());
        passwordField.setOnAction(event -> model.signIn());
        codeField.textProperty().bindBidirectional(model.codeProperty());
        codeField.setOnAction(event -> model.signIn());
        showOnlyWhen(codeLabel, model.needsCodeProperty());
        showOnlyWhen(codeField, model.needsCodeProperty());
        model.needsCodeProperty().addListener((obs, old, needed) -> {
            if (needed) {
                Platform.runLater(codeField::requestFocus);
            }
        });
        universityButton.textProperty().bind(Bindings.createStringBinding(() -> "Sign in with "
                + model.singleSignOnNameProperty().get(), model.singleSignOnNameProperty()));
        showOnlyWhen(universityButton, model.singleSignOnNameProperty().isNotNull());
        universityButton.disableProperty().bind(model.status().busyProperty());
        universityButton.setOnAction(event -> model.signInWithUniversity());
        showOnlyWhen(waitingBox, model.waitingForBrowserProperty());
        cancelUniversityButton.setOnAction(event -> model.cancelUniversitySignIn());
        // The server may offer single sign-on: ask now and whenever the address was edited.
        serverField.focusedProperty().addListener(serverFieldLeft);
        model.refreshSignInOptions();
        card.getChildren().add(new CallStatusBar(model.status()));
        // Put the cursor where the user has to type next.
        Platform.runLater(() -> (emailField.getText().isBlank() ? emailField : passwordField).requestFocus());
    }

    /** The server may offer single sign-on: ask again whenever the address was edited. */
    private void serverFieldFocusChanged(javafx.beans.value.ObservableValue<? extends Boolean> focus, Boolean was,
                                         Boolean focused) {
        if (!focused) {
            model.refreshSignInOptions();
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        // the field also loses focus when its window is torn down, after the executor has stopped
        serverField.focusedProperty().removeListener(serverFieldLeft);
        serverField.textProperty().unbindBidirectional(model.serverUrlProperty());
        emailField.textProperty().unbindBidirectional(model.emailProperty());
        passwordField.textProperty().unbindBidirectional(model.passwordProperty());
        signInButton.disableProperty().unbind();
        codeField.textProperty().unbindBidirectional(model.codeProperty());
        universityButton.textProperty().unbind();
        universityButton.disableProperty().unbind();
    }

    private static void showOnlyWhen(javafx.scene.Node node, javafx.beans.value.ObservableBooleanValue condition) {
        node.visibleProperty().bind(condition);
        node.managedProperty().bind(condition);
    }
}
