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
import javafx.util.StringConverter;
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

    public CreateSessionDialog(List<Course> courses, List<Room> rooms) {
        setTitle("New session");
        setHeaderText("Open a new attendance session");
        duration.setText("60");
        course.setId("courseChoice");
        course.getItems().add(null);
        course.getItems().addAll(courses);
        course.setConverter(named(c -> c.code() + " — " + c.name(), "No course"));
        course.setMaxWidth(Double.MAX_VALUE);
        room.setId("roomChoice");
        room.getItems().add(null);
        room.getItems().addAll(rooms);
        room.setConverter(named(r -> r.name() + (r.building() == null ? "" : ", " + r.building()),
                rooms.isEmpty() ? "No rooms available to you — use a map point" : "No room — use a map point"));
        room.setMaxWidth(Double.MAX_VALUE);
        room.setDisable(rooms.isEmpty());
        requireFace.setId("requireFaceCheck");

        Label problem = new Label();
        problem.setId("formProblem");
        problem.getStyleClass().add(Styles.TEXT_DANGER);
        problem.setWrapText(true);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, new Label("Title"), title);
        grid.addRow(row++, new Label("Course"), course);
        grid.addRow(row++, new Label("Room"), room);
        grid.addRow(row++, new Label("Latitude"), latitude);
        grid.addRow(row++, new Label("Longitude"), longitude);
        grid.addRow(row++, new Label("Radius (m)"), radius);
        grid.addRow(row++, new Label("Duration (min)"), duration);
        grid.add(requireFace, 1, row++);
        grid.add(problem, 0, row, 2, 1);
        grid.setPrefWidth(460);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);

        ObjectBinding<SessionForm.Checked> checked = Bindings.createObjectBinding(() -> form().check(),
                title.textProperty(), course.valueProperty(), room.valueProperty(), latitude.textProperty(),
                longitude.textProperty(), radius.textProperty(), duration.textProperty(), requireFace.selectedProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> checked.get().problem(), checked));
        Node ok = getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("createSessionOk");
        ok.disableProperty().bind(Bindings.createBooleanBinding(() -> !checked.get().ok(), checked));
        setResultConverter(button -> button == ButtonType.OK ? checked.get().request() : null);
        title.requestFocus();
    }

    private SessionForm form() {
        return new SessionForm(title.getText(), course.getValue() == null ? null : course.getValue().id(),
                room.getValue() == null ? null : room.getValue().id(), latitude.getText(), longitude.getText(),
                radius.getText(), duration.getText(), requireFace.isSelected());
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        return field;
    }

    private static <T> StringConverter<T> named(java.util.function.Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
