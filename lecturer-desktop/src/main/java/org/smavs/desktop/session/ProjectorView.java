package org.smavs.desktop.session;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;

/** Full-window QR, typed code and live count, for a lecture-hall projector. */
public final class ProjectorView implements Screen {
    private static final int QR_PIXELS = 600;

    private final ProjectorViewModel projector;
    private final RosterViewModel roster;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Label titleLabel;
    @FXML private ImageView qrImage;
    @FXML private Label codeLabel;
    @FXML private Label countLabel;
    @FXML private Label hintLabel;
    @FXML private Label footerLabel;

    public ProjectorView(ProjectorViewModel projector, RosterViewModel roster) {
        this.projector = projector;
        this.roster = roster;
        this.root = Fxml.load(this);
        projector.start();
    }

    @FXML
    private void initialize() {
        listeners.watch(roster.sessionProperty(), session -> {
            titleLabel.setText(session.title());
            hintLabel.setText("Scan with the SMAVS app, or type the code. Open until "
                    + Cells.localTime(session.endsAt(), java.time.format.DateTimeFormatter.ofPattern("HH:mm")) + ".");
        });
        listeners.watch(projector.tokenProperty(), token -> {
            if (token != null) {
                qrImage.setImage(QrImages.render(token.qrToken(), QR_PIXELS));
            }
        });
        codeLabel.textProperty().bind(Bindings.concat("Code  ", projector.codeProperty()));
        countLabel.textProperty().bind(Bindings.createStringBinding(
                () -> roster.presentCount().get() + roster.flaggedCount().get() + " checked in",
                roster.presentCount(), roster.flaggedCount()));
        // Keep the QR as large as the window allows, leaving room for the text lines.
        qrImage.fitHeightProperty().bind(Bindings.createDoubleBinding(
                () -> Math.max(200, Math.min(content.getWidth() - 60, content.getHeight() - 320)),
                content.widthProperty(), content.heightProperty()));
        listeners.watch(projector.status().errorProperty(), error -> {
            if (error != null) {
                hintLabel.setText(error);
            }
        });
        footerLabel.setText("Esc closes this window · F11 or a double click switches full screen");
        // On a projector the window fills the screen; Esc closes it (not just leaves full screen).
        content.sceneProperty().addListener((obs, old, scene) -> {
            if (scene == null) {
                return;
            }
            scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, key -> {
                if (key.getCode() == javafx.scene.input.KeyCode.ESCAPE) {
                    key.consume();
                    scene.getWindow().hide();
                } else if (key.getCode() == javafx.scene.input.KeyCode.F11) {
                    key.consume();
                    toggleFullScreen(scene);
                }
            });
            content.setOnMouseClicked(click -> {
                if (click.getClickCount() == 2) {
                    toggleFullScreen(scene);
                }
            });
            scene.windowProperty().addListener((w, none, window) -> {
                if (window instanceof javafx.stage.Stage stage) {
                    stage.setFullScreenExitKeyCombination(javafx.scene.input.KeyCombination.NO_MATCH);
                    stage.setFullScreenExitHint("");
                    stage.setFullScreen(true);
                }
            });
        });
    }

    private static void toggleFullScreen(javafx.scene.Scene scene) {
        if (scene.getWindow() instanceof javafx.stage.Stage stage) {
            stage.setFullScreen(!stage.isFullScreen());
        }
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        projector.stop();
        listeners.close();
        codeLabel.textProperty().unbind();
        countLabel.textProperty().unbind();
    }
}
