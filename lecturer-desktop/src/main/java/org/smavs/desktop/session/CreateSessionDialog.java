package org.smavs.desktop.session;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.desktop.shell.Styles;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.session.CreateSessionRequest;

/** Asks for a new session's details; OK stays disabled until the form is valid, with the reason shown. */
public final class CreateSessionDialog extends Dialog<CreateSessionRequest> {
    private final TextField title = field("sessionTitleField", "e.g. Algorithms — week 5 lecture");
    private final ComboBox<Course> course = new ComboBox<>();
    private final ComboBox<Room> room = new ComboBox<>();
    private final TextField latitude = field("latitudeField", "e.g. 51.7548");
    private final TextField longitude = field("longitudeField", "e.g. -1.2544");
    private final TextField radius = field("radiusField", "metres, e.g. 80");
    private final TextField duration = field("durationField", "minutes");
    private final CheckBox requireFace = new CheckBox("Require a face match (selfie)");
    private final CheckBox noLocationCheck = new CheckBox("No location check (from anywhere)");

    /**
     * {@code usualRoom}: the room a course's sessions were last held in (null when none); chosen for the course
     * preselected here (the lecturer's first) and whenever the course changes while no room is chosen.
     */
    public CreateSessionDialog(List<Course> courses, List<Room> rooms, java.util.function.Function<Long, Long> usualRoom) {
        setTitle("New session");
        setHeaderText("Open a new attendance session");
        duration.setText("60");
        course.setId("courseChoice");
        course.getItems().add(null);
        course.getItems().addAll(courses);
        course.setConverter(FormDialog.named(c -> c.code() + " — " + c.name(), "No course"));
        course.setMaxWidth(Double.MAX_VALUE);
        room.setId("roomChoice");
        room.getItems().add(null);
        room.getItems().addAll(rooms);
        room.setConverter(FormDialog.named(CreateSessionDialog::roomText,
                rooms.isEmpty() ? "No rooms set up yet — use a map point" : "No room — use a map point"));
        room.setMaxWidth(Double.MAX_VALUE);
        room.setDisable(rooms.isEmpty());
        Label roomHint = new Label();
        roomHint.setId("roomHint");
        roomHint.getStyleClass().add(Styles.TEXT_MUTED);
        roomHint.setWrapText(true);
        roomHint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        roomHint.textProperty().bind(Bindings.createStringBinding(() -> room.getValue() == null
                ? "Or give a map point and radius below: phones must be inside that circle."
                : "A kiosk in this room shows the session by itself. Phones are checked against the room's "
                        + "area, or the map point below if you give one.", room.valueProperty()));
        // The hint's length changes with the choice; refit the window so the buttons stay visible.
        room.valueProperty().addListener((obs, old, now) -> {
            if (getDialogPane().getScene() != null && getDialogPane().getScene().getWindow() != null) {
                getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        requireFace.setId("requireFaceCheck");
        noLocationCheck.setId("noLocationCheck");
        course.valueProperty().addListener((obs, old, now) -> {
            Long usual = now == null ? null : usualRoom.apply(now.id());
            if (usual != null && (room.getValue() == null || old != null)) {
                rooms.stream().filter(r -> r.id() == usual).findFirst().ifPresent(room::setValue);
            }
        });
        if (!courses.isEmpty()) {
            course.setValue(courses.get(0));
        }

        Label problem = new Label();
        problem.setId("formProblem");
        problem.getStyleClass().add(Styles.TEXT_DANGER);
        problem.setWrapText(true);

        GridPane grid = FormDialog.labelledGrid(460);
        int row = 0;
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Course"), course);
        grid.addRow(row++, new Label("Room"), room);
        grid.add(roomHint, 1, row++);
        grid.addRow(row++, new Label("Latitude"), latitude);
        grid.addRow(row++, new Label("Longitude"), longitude);
        grid.addRow(row++, new Label("Radius (m)"), radius);
        grid.addRow(row++, new Label("Duration (min)"), duration);
        grid.add(requireFace, 1, row++);
        grid.add(noLocationCheck, 1, row++);
        grid.add(problem, 0, row, 2, 1);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ObjectBinding<SessionForm.Checked> checked = Bindings.createObjectBinding(() -> form().check(),
                title.textProperty(), course.valueProperty(), room.valueProperty(), latitude.textProperty(),
                longitude.textProperty(), radius.textProperty(), duration.textProperty(), requireFace.selectedProperty(),
                noLocationCheck.selectedProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> checked.get().problem(), checked));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("createSessionOk");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !checked.get().ok(), checked));
        setResultConverter(button -> button == ButtonType.OK ? checked.get().request() : null);
        title.requestFocus();
    }

    static String roomText(Room r) {
        return r.name() + (r.building() == null || r.building().isBlank() ? "" : ", " + r.building())
                + String.format(java.util.Locale.ROOT, " (%.0f m)", r.radiusM());
    }

    private SessionForm form() {
        return new SessionForm(title.getText(), course.getValue() == null ? null : course.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(), latitude.getText(), longitude.getText(),
                radius.getText(), duration.getText(), requireFace.isSelected(), noLocationCheck.isSelected());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }
}
