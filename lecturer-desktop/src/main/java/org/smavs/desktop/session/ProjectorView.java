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
                () -> Math.max(200, Math.min(content.getWidth() - 60, content.getHeight() - 260)),
                content.widthProperty(), content.heightProperty()));
        listeners.watch(projector.status().errorProperty(), error -> {
            if (error != null) {
                hintLabel.setText(error);
            }
        });
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
