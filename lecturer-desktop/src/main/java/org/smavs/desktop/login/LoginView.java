package org.smavs.desktop.login;

import javafx.application.Platform;
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

    @FXML private TextField serverField;
    @FXML private TextField emailField;
    @FXML private PasswordField passwordField;
    @FXML private Button signInButton;
    @FXML private VBox card;

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
        card.getChildren().add(new CallStatusBar(model.status()));
        // Put the cursor where the user has to type next.
        Platform.runLater(() -> (emailField.getText().isBlank() ? emailField : passwordField).requestFocus());
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        serverField.textProperty().unbindBidirectional(model.serverUrlProperty());
        emailField.textProperty().unbindBidirectional(model.emailProperty());
        passwordField.textProperty().unbindBidirectional(model.passwordProperty());
        signInButton.disableProperty().unbind();
    }
}
