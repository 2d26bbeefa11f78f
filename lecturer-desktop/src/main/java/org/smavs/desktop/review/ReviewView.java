package org.smavs.desktop.review;

import java.io.ByteArrayInputStream;
import java.util.Collection;
import javafx.event.EventHandler;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.ReasonCode;

/** Queue on the left, evidence and the decision on the right; keyboard-driven for fast review. */
public final class ReviewView implements Screen {
    private final ReviewViewModel model;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;
    private final EventHandler<KeyEvent> shortcuts = this::onKey;

    @FXML private VBox content;
    @FXML private TableView<AttendanceRecord> queueTable;
    @FXML private TableColumn<AttendanceRecord, String> studentColumn;
    @FXML private TableColumn<AttendanceRecord, Integer> riskColumn;
    @FXML private TableColumn<AttendanceRecord, Collection<ReasonCode>> reasonsColumn;
    @FXML private VBox detailBox;
    @FXML private Label studentLabel;
    @FXML private Label sessionLabel;
    @FXML private Label factsLabel;
    @FXML private FlowPane reasonsPane;
    @FXML private ImageView selfieView;
    @FXML private Label selfieMessage;
    @FXML private ImageView referenceView;
    @FXML private Label referenceMessage;
    @FXML private TextArea noteArea;
    @FXML private Button confirmButton;
    @FXML private Button rejectButton;
    @FXML private Button refreshButton;

    public ReviewView(ReviewViewModel model) {
        this.model = model;
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        studentColumn.setCellValueFactory(Cells.value(ReviewView::studentText));
        riskColumn.setCellValueFactory(Cells.value(AttendanceRecord::riskScore));
        reasonsColumn.setCellValueFactory(Cells.value(AttendanceRecord::flags));
        reasonsColumn.setCellFactory(Cells.badges());
        queueTable.setItems(model.queue());
        queueTable.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectedProperty().set(now);
            }
        });
        listeners.watch(model.selectedProperty(), this::show);
        listeners.watch(model.selfieProperty(), bytes ->
                selfieView.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes))));
        selfieMessage.textProperty().bind(model.photoMessageProperty());
        listeners.watch(model.referenceProperty(), bytes ->
                referenceView.setImage(bytes == null ? null : new Image(new ByteArrayInputStream(bytes))));
        referenceMessage.textProperty().bind(model.referenceMessageProperty());
        noteArea.textProperty().bindBidirectional(model.noteProperty());
        var nothing = model.selectedProperty().isNull().or(model.status().busyProperty());
        confirmButton.disableProperty().bind(nothing);
        rejectButton.disableProperty().bind(nothing);
        confirmButton.setOnAction(event -> model.confirm());
        rejectButton.setOnAction(event -> model.reject());
        refreshButton.setOnAction(event -> model.load());
        content.addEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        content.addEventFilter(KeyEvent.KEY_TYPED, typed -> {
            // the N that moved the focus to the note also arrives as a typed "n": it is the shortcut, not text
            if (swallowTypedN && "n".equalsIgnoreCase(typed.getCharacter())) {
                typed.consume();
            }
            swallowTypedN = false;
        });
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    /** Set by the N shortcut until the key's typed event has passed. */
    private boolean swallowTypedN;

    /** C confirm, R reject, arrows/J/K move, N note; letters type normally while the note has focus. */
    private void onKey(KeyEvent event) {
        boolean typing = content.getScene() != null && content.getScene().getFocusOwner() instanceof TextInputControl;
        switch (event.getCode()) {
            case ESCAPE -> queueTable.requestFocus();
            case C -> { if (!typing) { model.confirm(); event.consume(); } }
            case R -> { if (!typing) { model.reject(); event.consume(); } }
            case N -> { if (!typing) { swallowTypedN = true; noteArea.requestFocus(); event.consume(); } }
            case DOWN, J -> { if (!typing) { model.next(); event.consume(); } }
            case UP, K -> { if (!typing) { model.previous(); event.consume(); } }
            default -> { }
        }
    }

    private void show(AttendanceRecord record) {
        detailBox.setDisable(record == null);
        reasonsPane.getChildren().clear();
        if (record == null) {
            studentLabel.setText("Nothing selected");
            sessionLabel.setText("");
            factsLabel.setText("");
            return;
        }
        if (queueTable.getSelectionModel().getSelectedItem() != record) {
            queueTable.getSelectionModel().select(record);
            queueTable.scrollTo(record);
        }
        studentLabel.setText(studentText(record));
        sessionLabel.setText(model.sessionTitle(record.sessionId()) + " · submitted "
                + Cells.localTime(record.submittedAt(), Cells.DATE_TIME) + " via " + record.source().wire());
        factsLabel.setText(ReviewFacts.describe(record));
        record.flags().forEach(reason -> reasonsPane.getChildren().add(Cells.badge(reason.name())));
    }

    private static String studentText(AttendanceRecord record) {
        String name = record.studentName() != null ? record.studentName() : "Student " + record.studentId();
        return record.studentNumber() == null ? name : name + " (" + record.studentNumber() + ")";
    }

    @Override
    public void shown() {
        model.load();
    }

    /** Reloads the queue and selects this record (a roster's double-clicked flagged row). */
    public void focus(long recordId) {
        model.reviewRecord(recordId);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        content.removeEventFilter(KeyEvent.KEY_PRESSED, shortcuts);
        listeners.close();
        selfieMessage.textProperty().unbind();
        referenceMessage.textProperty().unbind();
        noteArea.textProperty().unbindBidirectional(model.noteProperty());
    }
}
