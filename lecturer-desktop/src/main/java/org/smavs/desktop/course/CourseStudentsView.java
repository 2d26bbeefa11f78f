package org.smavs.desktop.course;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Confirmation;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.auth.User;

/** The Students sub-tab of a course: who is enrolled, with search; admins enrol, remove and import. */
public final class CourseStudentsView implements Screen {
    private final CourseStudentsViewModel model;
    private final CoursesViewModel courses;
    private final FileDialogs files;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private TextField searchField;
    @FXML private Button enrolButton;
    @FXML private Button removeButton;
    @FXML private Button importButton;
    @FXML private TableView<User> table;
    @FXML private TableColumn<User, String> nameColumn;
    @FXML private TableColumn<User, String> numberColumn;
    @FXML private TableColumn<User, String> emailColumn;

    /** {@code courses}: the course list, for the selected course and the students an admin can enrol. */
    public CourseStudentsView(CourseStudentsViewModel model, CoursesViewModel courses, FileDialogs files) {
        this.model = model;
        this.courses = courses;
        this.files = files;
        this.root = Fxml.load(this);
    }

    @FXML
    private void initialize() {
        searchField.textProperty().bindBidirectional(model.searchProperty());
        nameColumn.setCellValueFactory(Cells.value(User::fullName));
        numberColumn.setCellValueFactory(Cells.value(User::studentNumber));
        emailColumn.setCellValueFactory(Cells.value(User::email));
        table.setItems(model.visibleStudents());
        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> model.selectedProperty().set(now));
        // enrolment is the registry's business: lecturers see the list, admins change it
        for (Button adminOnly : List.of(enrolButton, removeButton, importButton)) {
            adminOnly.setVisible(courses.isAdmin());
            adminOnly.setManaged(courses.isAdmin());
        }
        enrolButton.disableProperty().bind(courses.selectedProperty().isNull());
        importButton.disableProperty().bind(courses.selectedProperty().isNull());
        removeButton.disableProperty().bind(model.selectedProperty().isNull());
        enrolButton.setOnAction(event -> enrol());
        removeButton.setOnAction(event -> {
            User student = model.selectedProperty().get();
            if (Confirmation.ask(root.getScene().getWindow(), "Remove from course", "Take " + student.fullName()
                    + " off " + courses.selectedProperty().get().code() + "?", "They are no longer expected at its "
                    + "sessions. Their past attendance records stay.", "Remove", "confirmUnenrol")) {
                model.unenrolSelected();
            }
        });
        importButton.setOnAction(event -> {
            if (CourseDialogs.explainImport(root.getScene().getWindow(), courses.selectedProperty().get().code())) {
                files.chooseFileToOpen("Enrol students from a CSV file", "csv").ifPresent(model::importCsv);
            }
        });
        listeners.watch(model.lastImportProperty(), result -> {
            if (result != null) {
                CourseDialogs.importReport(root.getScene().getWindow(), result).show();
            }
        });
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void enrol() {
        List<Long> enrolled = model.enrolled().stream().map(User::id).toList();
        List<User> candidates = courses.students().stream().filter(user -> !enrolled.contains(user.id())).toList();
        var dialog = CourseDialogs.enrol(courses.selectedProperty().get().code(), candidates);
        dialog.initOwner(root.getScene().getWindow());
        dialog.showAndWait().ifPresent(model::enrol);
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        searchField.textProperty().unbindBidirectional(model.searchProperty());
    }
}
