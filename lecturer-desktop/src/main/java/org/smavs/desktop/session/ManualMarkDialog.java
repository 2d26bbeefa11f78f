package org.smavs.desktop.session;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;

/** Marks a student by hand (no phone, accommodation). The note is required: it goes into the audit log. */
public final class ManualMarkDialog extends Dialog<ManualMarkRequest> {

    public ManualMarkDialog(String sessionTitle) {
        setTitle("Mark a student by hand");
        setHeaderText("Mark a student in “" + sessionTitle + "”");
        TextField studentId = new TextField();
        studentId.setId("manualStudentId");
        studentId.setPromptText("student's user id");
        ChoiceBox<AttendanceStatus> status = new ChoiceBox<>();
        status.setId("manualStatus");
        status.getItems().addAll(AttendanceStatus.PRESENT, AttendanceStatus.EXCUSED, AttendanceStatus.ABSENT,
                AttendanceStatus.REJECTED);
        status.setValue(AttendanceStatus.PRESENT);
        TextArea note = new TextArea();
        note.setId("manualNote");
        note.setPromptText("Why (required), e.g. \"phone battery dead, seen in class\"");
        note.setPrefRowCount(3);
        note.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label("Student id"), studentId);
        grid.addRow(1, new Label("Status"), status);
        grid.addRow(2, new Label("Note"), note);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("manualOk");
        ok.disableProperty().bind(Bindings.createBooleanBinding(
                () -> parseId(studentId.getText()) == null || note.getText().isBlank(),
                studentId.textProperty(), note.textProperty()));
        setResultConverter(button -> button == ButtonType.OK
                ? new ManualMarkRequest(parseId(studentId.getText()), status.getValue(), note.getText().strip())
                : null);
    }

    static Long parseId(String text) {
        try {
            long id = Long.parseLong(text.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
