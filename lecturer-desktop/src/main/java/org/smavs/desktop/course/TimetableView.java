package org.smavs.desktop.course;

import java.time.Clock;
import java.time.LocalDate;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Confirmation;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.timetable.Meeting;

/** The Timetable sub-tab of a course: its weekly meetings; add, edit and remove for those who may. */
public final class TimetableView implements Screen {
    private final TimetableViewModel model;
    private final Clock clock;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Label zoneLabel;
    @FXML private Label roleNote;
    @FXML private Button addButton;
    @FXML private Button editButton;
    @FXML private Button removeButton;
    @FXML private TableView<Meeting> table;
    @FXML private TableColumn<Meeting, String> weekdayColumn;
    @FXML private TableColumn<Meeting, String> startColumn;
    @FXML private TableColumn<Meeting, Integer> durationColumn;
    @FXML private TableColumn<Meeting, String> roomColumn;
    @FXML private TableColumn<Meeting, String> datesColumn;
    @FXML private TableColumn<Meeting, String> faceColumn;
    @FXML private TableColumn<Meeting, Integer> sessionsColumn;

    public TimetableView(TimetableViewModel model, Clock clock) {
        this.model = model;
        this.clock = clock;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        weekdayColumn.setCellValueFactory(Cells.value(meeting -> TimetableViewModel.weekdayName(meeting.weekday())));
        startColumn.setCellValueFactory(Cells.value(Meeting::startTime));
        durationColumn.setCellValueFactory(Cells.value(Meeting::durationMinutes));
        roomColumn.setCellValueFactory(Cells.value(meeting -> model.roomName(meeting.roomId())));
        datesColumn.setCellValueFactory(Cells.value(meeting -> TimetableViewModel.dateRange(meeting.firstDate(),
                meeting.lastDate())));
        faceColumn.setCellValueFactory(Cells.value(meeting -> meeting.requireFace() ? "yes" : "–"));
        sessionsColumn.setCellValueFactory(Cells.value(Meeting::sessionsCreated));
        table.setItems(model.meetings());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        listeners.watch(model.selectedProperty(), meeting -> {
            if (meeting != null && table.getSelectionModel().getSelectedItem() != meeting) {
                table.getSelectionModel().select(meeting);
            }
        });
        // room names arrive with the first load; redraw the room column then
        listeners.watch(model.rooms(), table::refresh);
        listeners.watch(model.timeZoneProperty(), zone -> zoneLabel.setText(TimetableViewModel.zoneText(zone)));
        listeners.watch(model.roleNoteProperty(), note -> {
            roleNote.setText(note);
            roleNote.setVisible(!note.isEmpty());
            roleNote.setManaged(!note.isEmpty());
        });
        addButton.disableProperty().bind(model.editableProperty().not());
        editButton.disableProperty().bind(model.editableProperty().not().or(model.selectedProperty().isNull()));
        removeButton.disableProperty().bind(model.editableProperty().not().or(model.selectedProperty().isNull()));
        addButton.setOnAction(event -> form(null).showAndWait().ifPresent(form -> model.add(form.request())));
        editButton.setOnAction(event -> {
            Meeting meeting = model.selectedProperty().get();
            form(meeting).showAndWait().ifPresent(form -> model.updateSelected(form.changesFrom(meeting)));
        });
        removeButton.setOnAction(event -> {
            Meeting meeting = model.selectedProperty().get();
            if (Confirmation.ask(root.getScene().getWindow(), "Remove meeting", "Remove the meeting on "
                    + TimetableViewModel.describe(meeting) + "?", "Its sessions that have not started are removed. "
                    + "Sessions already held stay, with their attendance.", "Remove", "confirmRemoveMeeting")) {
                model.removeSelected();
            }
        });
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private org.smavs.desktop.shell.FormDialog<MeetingForm> form(Meeting meeting) {
        var dialog = MeetingDialog.open(model.course().code(), meeting, model.rooms(), model.timeZoneProperty().get(),
                LocalDate.now(clock));
        dialog.initOwner(root.getScene().getWindow());
        return dialog;
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
    }
}
