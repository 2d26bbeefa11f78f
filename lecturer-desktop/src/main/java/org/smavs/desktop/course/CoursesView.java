package org.smavs.desktop.course;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.smavs.desktop.shell.CallStatusBar;
import org.smavs.desktop.shell.Cells;
import org.smavs.desktop.shell.Confirmation;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.Fxml;
import org.smavs.desktop.shell.ListenerScope;
import org.smavs.desktop.shell.Screen;
import org.smavs.model.admin.Course;

/**
 * The Courses tab: the course list on the left; the selected course's students, staff and timetable on the right.
 * Admins create, edit, archive and staff courses; lecturers see what they teach.
 */
public final class CoursesView implements Screen {
    private final CoursesViewModel model;
    private final CourseStudentsViewModel studentsModel;
    private final TimetableViewModel timetableModel;
    private final CourseStudentsView students;
    private final TimetableView timetable;
    private final ListenerScope listeners = new ListenerScope();
    private final Parent root;

    @FXML private VBox content;
    @FXML private Label listLabel;
    @FXML private CheckBox showArchivedCheck;
    @FXML private Button refreshButton;
    @FXML private Button newButton;
    @FXML private Button editButton;
    @FXML private Button archiveButton;
    @FXML private TableView<Course> courseTable;
    @FXML private TableColumn<Course, String> codeColumn;
    @FXML private TableColumn<Course, String> nameColumn;
    @FXML private TableColumn<Course, String> leadColumn;
    @FXML private TableColumn<Course, Long> enrolledColumn;
    @FXML private TableColumn<Course, String> stateColumn;
    @FXML private Label courseTitle;
    @FXML private Label courseFacts;
    @FXML private Tab studentsTab;
    @FXML private Tab timetableTab;
    @FXML private TableView<CoursesViewModel.StaffRow> staffTable;
    @FXML private TableColumn<CoursesViewModel.StaffRow, String> staffNameColumn;
    @FXML private TableColumn<CoursesViewModel.StaffRow, String> staffPartColumn;
    @FXML private HBox staffActions;
    @FXML private Button addStaffButton;
    @FXML private Button removeStaffButton;

    public CoursesView(CoursesViewModel model, CourseStudentsViewModel studentsModel, TimetableViewModel timetableModel,
                       FileDialogs files, Clock clock) {
        this.model = model;
        this.studentsModel = studentsModel;
        this.timetableModel = timetableModel;
        this.students = new CourseStudentsView(studentsModel, model, files);
        this.timetable = new TimetableView(timetableModel, clock);
        this.root = Fxml.load(this);
        model.load();
    }

    @FXML
    private void initialize() {
        studentsTab.setContent(students.root());
        timetableTab.setContent(timetable.root());
        boolean admin = model.isAdmin();
        listLabel.setText(admin ? "All courses" : "Courses you teach");
        showArchivedCheck.selectedProperty().bindBidirectional(model.showArchivedProperty());
        refreshButton.setOnAction(event -> reload());
        for (Button adminOnly : List.of(newButton, editButton, archiveButton)) {
            adminOnly.setVisible(admin);
            adminOnly.setManaged(admin);
        }
        staffActions.setVisible(admin);
        staffActions.setManaged(admin);
        newButton.setOnAction(event -> {
            var dialog = CourseDialogs.create(model.lecturers());
            dialog.initOwner(window());
            dialog.showAndWait().ifPresent(model::create);
        });
        editButton.disableProperty().bind(model.selectedProperty().isNull());
        editButton.setOnAction(event -> {
            var dialog = CourseDialogs.edit(model.selectedProperty().get(), model.lecturers(),
                    model.institutionLateMinutes());
            dialog.initOwner(window());
            dialog.showAndWait().ifPresent(model::edit);
        });
        archiveButton.disableProperty().bind(model.selectedProperty().isNull());
        archiveButton.setOnAction(event -> archiveOrRestore());
        addStaffButton.disableProperty().bind(model.selectedProperty().isNull());
        addStaffButton.setOnAction(event -> {
            var dialog = CourseDialogs.addStaff(model.selectedProperty().get().code(), model.staffCandidates());
            dialog.initOwner(window());
            dialog.showAndWait().ifPresent(assignment -> model.addStaff(assignment.userId(), assignment.role()));
        });
        removeStaffButton.disableProperty().bind(staffTable.getSelectionModel().selectedItemProperty().isNull());
        removeStaffButton.setOnAction(event -> removeStaff());

        codeColumn.setCellValueFactory(Cells.value(Course::code));
        nameColumn.setCellValueFactory(Cells.value(Course::name));
        leadColumn.setCellValueFactory(Cells.value(model::leadName));
        enrolledColumn.setCellValueFactory(Cells.value(Course::enrolledCount));
        stateColumn.setText(admin ? "State" : "Your part");
        stateColumn.setCellValueFactory(Cells.value(model::stateText));
        courseTable.setItems(model.visibleCourses());
        courseTable.getSelectionModel().selectedItemProperty()
                .addListener((obs, old, now) -> model.selectedProperty().set(now));
        staffNameColumn.setCellValueFactory(Cells.value(CoursesViewModel.StaffRow::name));
        staffPartColumn.setCellValueFactory(Cells.value(CoursesViewModel.StaffRow::part));
        staffTable.setItems(model.staff());
        listeners.watch(model.selectedProperty(), this::showCourse);
        content.getChildren().add(new CallStatusBar(model.status()));
    }

    private void showCourse(Course course) {
        if (course != null && courseTable.getSelectionModel().getSelectedItem() != course) {
            courseTable.getSelectionModel().select(course);
        }
        studentsModel.show(course);
        timetableModel.show(course, course == null ? CoursePart.NONE : model.partIn(course));
        if (course == null) {
            courseTitle.setText("Select a course on the left.");
            courseFacts.setText("");
            archiveButton.setText("Archive…");
            return;
        }
        courseTitle.setText(course.code() + " — " + course.name() + (course.archived() ? " (archived)" : ""));
        courseFacts.setText("Lead: " + model.leadName(course) + " · " + course.enrolledCount() + " students · "
                + CourseForm.lateRuleText(course, model.institutionLateMinutes()) + " · your part: "
                + model.partIn(course).label().toLowerCase(Locale.ROOT));
        archiveButton.setText(course.archived() ? "Unarchive…" : "Archive…");
    }

    private void archiveOrRestore() {
        Course course = model.selectedProperty().get();
        boolean archive = !course.archived();
        if (Confirmation.ask(window(), archive ? "Archive course" : "Unarchive course",
                (archive ? "Archive " : "Bring back ") + course.code() + "?", archive
                        ? "It is kept with all its sessions and attendance, but hidden from day-to-day lists; no new "
                        + "sessions can be created in it."
                        : "It shows in day-to-day lists again and new sessions can be created in it.",
                archive ? "Archive" : "Unarchive", "confirmArchiveCourse")) {
            model.setArchived(archive);
        }
    }

    private void removeStaff() {
        CoursesViewModel.StaffRow row = staffTable.getSelectionModel().getSelectedItem();
        if (row.lead()) {
            model.status().fail("The lead lecturer stays: choose another lead with Edit course… first.");
            return;
        }
        if (Confirmation.ask(window(), "Remove from staff", "Remove " + row.name() + " from the staff of "
                + model.selectedProperty().get().code() + "?", "They no longer see its sessions.", "Remove",
                "confirmRemoveStaff")) {
            model.removeStaff(row.userId());
        }
    }

    private javafx.stage.Window window() {
        return root.getScene().getWindow();
    }

    /** Coming back to the tab shows changes made elsewhere (another admin, a co-lecturer's new meeting). */
    @Override
    public void shown() {
        reload();
    }

    private void reload() {
        model.load();
        studentsModel.reload();
        timetableModel.reload();
    }

    @Override
    public Parent root() {
        return root;
    }

    @Override
    public void dispose() {
        listeners.close();
        showArchivedCheck.selectedProperty().unbindBidirectional(model.showArchivedProperty());
        students.dispose();
        timetable.dispose();
    }
}
