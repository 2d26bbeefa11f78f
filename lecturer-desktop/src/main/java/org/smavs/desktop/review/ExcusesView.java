package org.smavs.desktop.review;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.time.OffsetDateTime;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.excuse.Excuse;

/** The excuse queue beside flag review: reason and evidence on the right, approve or reject with a note. */
public final class ExcusesView implements Screen {
    private final ExcusesViewModel model;
    private final FileDialogs files;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Button refreshButton;
    @FXML private TableView<Excuse> table;
    @FXML private TableColumn<Excuse, String> studentColumn;
    @FXML private TableColumn<Excuse, String> sessionColumn;
    @FXML private TableColumn<Excuse, OffsetDateTime> sentColumn;
    @FXML private TableColumn<Excuse, String> evidenceColumn;
    @FXML private Label reasonLabel;
    @FXML private ImageView evidenceImage;
    @FXML private Label evidenceLabel;
    @FXML private Button saveEvidenceButton;
    @FXML private TextArea noteArea;
    @FXML private Button approveButton;
    @FXML private Button rejectButton;

    public ExcusesView(ExcusesViewModel model, FileDialogs files) {
        this.model = model;
        this.files = files;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        refreshButton.setOnAction(event -> model.load());
        studentColumn.setCellValueFactory(Cells.value(Excuse::studentName));
        sessionColumn.setCellValueFactory(Cells.value(Excuse::sessionTitle));
        sentColumn.setCellValueFactory(Cells.value(Excuse::createdAt));
        sentColumn.setCellFactory(Cells.time(Cells.DATE_TIME));
        evidenceColumn.setCellValueFactory(Cells.value(excuse -> excuse.hasEvidence() ? "attached" : "–"));
        table.setItems(model.excuses());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        listeners.watch(model.selectedProperty(), excuse -> {
            reasonLabel.setText(excuse == null ? "Select an excuse on the left." : excuse.reason());
            approveButton.setDisable(excuse == null);
            rejectButton.setDisable(excuse == null);
            if (excuse != null && table.getSelectionModel().getSelectedItem() != excuse) {
                table.getSelectionModel().select(excuse);
            }
        });
        listeners.watch(model.evidenceProperty(), evidence -> {
            boolean picture = evidence != null && evidence.data() != null && !evidence.pdf();
            evidenceImage.setImage(picture ? new Image(new ByteArrayInputStream(evidence.data())) : null);
            evidenceImage.setVisible(picture);
            evidenceImage.setManaged(picture);
            boolean pdf = evidence != null && evidence.data() != null && evidence.pdf();
            Excuse selected = model.selectedProperty().get();
            evidenceLabel.setText(pdf ? "A PDF document (" + (evidence.data().length < 1024 ? "under 1 KB"
                    : evidence.data().length / 1024 + " KB") + ")"
                    : picture ? "" : selected != null && selected.hasEvidence() ? "Loading…" : "None sent");
            saveEvidenceButton.setVisible(pdf);
            saveEvidenceButton.setManaged(pdf);
        });
        saveEvidenceButton.setOnAction(event -> saveEvidence());
        noteArea.textProperty().bindBidirectional(model.noteProperty());
        approveButton.setOnAction(event -> model.approve());
        rejectButton.setOnAction(event -> model.reject());
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void saveEvidence() {
        Excuse excuse = model.selectedProperty().get();
        model.currentEvidence().filter(evidence -> evidence.data() != null).ifPresent(evidence ->
                files.chooseSaveTarget("Save the evidence", "excuse-" + (excuse == null ? "evidence" : excuse.id())
                        + ".pdf", "pdf").ifPresent(target -> {
                    try {
                        Files.write(target, evidence.data());
                        model.status().inform("Saved to " + target.getFileName() + ".");
                    } catch (IOException e) {
                        model.status().fail("Could not save the file: " + e.getMessage());
                    }
                }));
    }

    /** Coming back to the tab shows what arrived meanwhile. */
    @Override
    public void shown() {
        model.load();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        noteArea.textProperty().unbindBidirectional(model.noteProperty());
    }
}
