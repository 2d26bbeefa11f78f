package org.smavs.desktop.session;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.session.SessionStudent;

/**
 * Marks a student by hand (no phone, accommodation): pick them from the session's students, narrowed by
 * typing a name or number. The note is required: it goes into the audit log.
 */
public final class ManualMarkDialog extends Dialog<ManualMarkRequest> {

    public ManualMarkDialog(String sessionTitle, List<SessionStudent> students) {
        setTitle("Mark a student by hand");
        setHeaderText("Mark a student in “" + sessionTitle + "”");
        TextField search = new TextField();
        search.setId("manualSearch");
        search.setPromptText("Type a name or student number");
        FilteredList<SessionStudent> visible = new FilteredList<>(FXCollections.observableArrayList(students));
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> student -> StudentSearch.matches(student, search.getText()), search.textProperty()));
        ListView<SessionStudent> list = new ListView<>(visible);
        list.setId("manualStudents");
        list.setPrefHeight(220);
        list.setPlaceholder(new Label(students.isEmpty()
                ? "This session has no course, so there is nobody to pick." : "Nobody matches."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(SessionStudent student, boolean empty) {
                super.updateItem(student, empty);
                setText(empty || student == null ? null : StudentSearch.label(student));
            }
        });
        // Typing down to one match picks it, so keyboard users need not reach for the list.
        visible.addListener((javafx.collections.ListChangeListener<SessionStudent>) change -> {
            if (visible.size() == 1) {
                list.getSelectionModel().select(0);
            }
        });
        ChoiceBox<AttendanceStatus> status = new ChoiceBox<>();
        status.setId("manualStatus");
        status.getItems().addAll(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
                AttendanceStatus.REJECTED);
        status.setValue(AttendanceStatus.PRESENT);
        status.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(AttendanceStatus value) {
                return value == null ? "" : value.wire();
            }

            @Override
            public AttendanceStatus fromString(String text) {
                return null;
            }
        });
        TextArea note = new TextArea();
        note.setId("manualNote");
        note.setPromptText("Why (required), e.g. \"phone battery dead, seen in class\"");
        note.setPrefRowCount(3);
        note.setWrapText(true);

        GridPane grid = FormDialog.labelledGrid(460);
        grid.addRow(0, new Label("Find"), search);
        grid.addRow(1, new Label("Student"), list);
        grid.addRow(2, new Label("Status"), status);
        grid.addRow(3, new Label("Note"), note);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("manualOk");
        ok.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull()
                .or(Bindings.createBooleanBinding(() -> note.getText().isBlank(), note.textProperty())));
        setResultConverter(button -> button == ButtonType.OK ? new ManualMarkRequest(
                list.getSelectionModel().getSelectedItem().studentId(), status.getValue(), note.getText().strip()) : null);
        search.requestFocus();
    }
}
