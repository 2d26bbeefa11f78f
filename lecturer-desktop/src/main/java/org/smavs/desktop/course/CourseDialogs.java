package org.smavs.desktop.course;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.transformation.FilteredList;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.smavs.desktop.shell.CsvFormatDialog;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.desktop.shell.SearchText;
import org.smavs.desktop.shell.Styles;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.StaffAssignment;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.model.auth.User;

/** The forms of the Courses tab: new and edit course, add to the staff, enrol students, the CSV import. */
final class CourseDialogs {
    /** Wide enough for "name · e-mail" in a picker without cutting the address. */
    private static final double PEOPLE_FORM_WIDTH = 560;
    private CourseDialogs() {
    }

    static FormDialog<CreateCourseRequest> create(List<User> lecturers) {
        FormDialog<CreateCourseRequest> form = new FormDialog<>("New course", "Add a course and its lead lecturer");
        form.getDialogPane().setPrefWidth(PEOPLE_FORM_WIDTH);
        TextField code = form.text("newCourseCode", "Code", "e.g. CS101");
        TextField name = form.text("newCourseName", "Name", "e.g. Algorithms");
        ComboBox<User> lead = form.add("Lead lecturer", people("newCourseLead", lecturers));
        form.complete("createCourseOk", () -> code.getText().isBlank() ? "Give the course a code."
                        : name.getText().isBlank() ? "Give the course a name."
                        : lead.getValue() == null ? "Choose the lead lecturer." : null,
                () -> new CreateCourseRequest(code.getText().strip(), name.getText().strip(), lead.getValue().id()),
                code.textProperty(), name.textProperty(), lead.valueProperty());
        return form;
    }

    /** {@code institutionMinutes}: the institution's "late after", shown beside its choice (null when unknown). */
    static FormDialog<CourseForm> edit(Course course, List<User> lecturers, Integer institutionMinutes) {
        FormDialog<CourseForm> form = new FormDialog<>("Edit course", "Edit " + course.code());
        form.getDialogPane().setPrefWidth(PEOPLE_FORM_WIDTH);
        CourseForm now = CourseForm.of(course);
        TextField name = form.text("editCourseName", "Name", "");
        name.setText(now.name());
        ComboBox<User> lead = form.add("Lead lecturer", people("editCourseLead", lecturers));
        lecturers.stream().filter(user -> java.util.Objects.equals(course.lecturerId(), user.id())).findFirst()
                .ifPresent(lead::setValue);
        CheckBox institution = form.add("Late rule", new CheckBox("Use the institution's rule"
                + (institutionMinutes == null ? "" : " (" + institutionMinutes + " min)")));
        institution.setId("institutionLateRule");
        institution.setSelected(now.institutionLateRule());
        TextField minutes = form.text("lateMinutes", "Late after (min)", "minutes after the start, e.g. 10");
        minutes.setText(now.lateMinutes());
        minutes.disableProperty().bind(institution.selectedProperty());
        ChoiceBox<UnenrolledCheckIns> unenrolled = form.add("Student not enrolled", new ChoiceBox<>());
        unenrolled.setId("unenrolledRule");
        unenrolled.getItems().setAll(UnenrolledCheckIns.values());
        unenrolled.setConverter(FormDialog.named(rule -> rule == UnenrolledCheckIns.REFUSE ? "Refuse the check-in"
                : "Accept it, flagged for review", ""));
        unenrolled.setValue(now.unenrolledCheckIns() == null ? UnenrolledCheckIns.FLAG : now.unenrolledCheckIns());
        java.util.function.Supplier<CourseForm> typed = () -> new CourseForm(name.getText(),
                lead.getValue() == null ? course.lecturerId() : Long.valueOf(lead.getValue().id()),
                institution.isSelected(), minutes.getText(), unenrolled.getValue());
        form.complete("editCourseOk", () -> typed.get().problem(), typed,
                name.textProperty(), lead.valueProperty(), institution.selectedProperty(), minutes.textProperty(),
                unenrolled.valueProperty());
        return form;
    }

    static FormDialog<StaffAssignment> addStaff(String courseCode, List<User> candidates) {
        FormDialog<StaffAssignment> form = new FormDialog<>("Add to the staff",
                "Add a lecturer or teaching assistant to " + courseCode);
        form.getDialogPane().setPrefWidth(PEOPLE_FORM_WIDTH);
        ComboBox<User> person = form.add("Person", people("staffPerson", candidates));
        ChoiceBox<CourseRole> role = form.add("Role", new ChoiceBox<>());
        role.setId("staffRole");
        role.getItems().setAll(CourseRole.values());
        role.setConverter(FormDialog.named(CoursePart::label, ""));
        role.setValue(CourseRole.TEACHING_ASSISTANT);
        form.note("staffRoleNote", "A lecturer runs the course like its lead. A teaching assistant sees its sessions, "
                + "reviews flags and marks by hand, but does not change the timetable or decide excuses.");
        form.complete("addStaffOk", () -> person.getValue() == null ? "Choose the person." : null,
                () -> new StaffAssignment(person.getValue().id(), role.getValue()), person.valueProperty());
        return form;
    }

    /** Picks one or several students by name, number or e-mail; answers the picked ones. */
    static Dialog<List<User>> enrol(String courseCode, List<User> candidates) {
        Dialog<List<User>> dialog = new Dialog<>();
        dialog.setTitle("Enrol students");
        dialog.setHeaderText("Enrol students in " + courseCode + " (Ctrl or Shift for several)");
        TextField search = new TextField();
        search.setId("enrolSearch");
        search.setPromptText("Type a name, student number or e-mail");
        FilteredList<User> visible = new FilteredList<>(FXCollections.observableArrayList(candidates));
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> user -> SearchText.matches(search.getText(),
                user.fullName(), user.studentNumber(), user.email()), search.textProperty()));
        ListView<User> list = new ListView<>(visible);
        list.setId("enrolCandidates");
        list.setPrefHeight(260);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setPlaceholder(new Label(candidates.isEmpty() ? "Every student is enrolled already." : "Nobody matches."));
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(User user, boolean empty) {
                super.updateItem(user, empty);
                setText(empty || user == null ? null : studentText(user));
            }
        });
        Label count = new Label();
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> list.getSelectionModel().getSelectedItems().size()
                + " chosen", list.getSelectionModel().getSelectedItems()));
        GridPane grid = FormDialog.labelledGrid(480);
        grid.addRow(0, new Label("Find"), search);
        grid.addRow(1, new Label("Students"), list);
        grid.add(count, 1, 2);
        dialog.getDialogPane().setContent(grid);
        ButtonType enrol = new ButtonType("Enrol", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(enrol, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(enrol);
        ok.setId("enrolOk");
        ok.disableProperty().bind(Bindings.isEmpty(list.getSelectionModel().getSelectedItems()));
        dialog.setResultConverter(button -> button == enrol ? List.copyOf(list.getSelectionModel().getSelectedItems())
                : null);
        search.requestFocus();
        return dialog;
    }

    /** The format first, with an example; true when the admin goes on to choose the file. */
    static boolean explainImport(Window owner, String courseCode) {
        return CsvFormatDialog.explain(owner, "Enrol from a CSV file", "Enrol the students a CSV file lists in "
                        + courseCode, CourseStudentsViewModel.IMPORT_FORMAT, CourseStudentsViewModel.IMPORT_EXAMPLE
                        + "\nor\n\nemail\nada.lovelace@uni.example\n", "enrolmentImportFormat", "chooseEnrolmentFile");
    }

    /** What the import did: counts, and each refused line with its reason. */
    static Alert importReport(Window owner, ImportResult result) {
        Alert alert = new Alert(result.errors().isEmpty() ? Alert.AlertType.INFORMATION : Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle("Enrolment import");
        alert.setHeaderText(CourseStudentsViewModel.summary(result));
        TextArea lines = new TextArea(result.errors().isEmpty() ? "Every line was read."
                : result.errors().stream().map(error -> "Line " + error.line() + ": " + error.message())
                .collect(Collectors.joining("\n")));
        lines.setEditable(false);
        lines.setWrapText(true);
        lines.setPrefRowCount(Math.min(10, Math.max(3, result.errors().size())));
        lines.setId("enrolmentImportReport");
        alert.getDialogPane().setContent(lines);
        return alert;
    }

    static String studentText(User user) {
        return user.fullName() + (user.studentNumber() == null ? "" : " · " + user.studentNumber()) + " · "
                + user.email();
    }

    private static ComboBox<User> people(String id, List<User> choices) {
        ComboBox<User> box = new ComboBox<>(FXCollections.observableArrayList(choices));
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        box.setConverter(FormDialog.named(user -> user.fullName() + " · " + user.email(), ""));
        box.setPlaceholder(new Label("No lecturer accounts to choose from."));
        return box;
    }
}
