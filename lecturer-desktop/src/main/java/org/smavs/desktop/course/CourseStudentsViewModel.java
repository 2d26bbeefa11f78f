package org.smavs.desktop.course;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.SearchText;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.auth.User;

/**
 * The students enrolled in the selected course, narrowed by a search; admins enrol (picked or from a CSV file) and
 * take students off the course. Every change reloads the list in the same background call, so the count the course
 * list shows is the count the server holds.
 */
public final class CourseStudentsViewModel {
    static final String IMPORT_FORMAT = "One student per line, found by student_number or by email, under a header "
            + "line naming the column. Other columns are ignored, so a class list exported from the registry works "
            + "as it is. Students already enrolled are counted, not enrolled twice.";
    static final String IMPORT_EXAMPLE = """
            student_number
            S1001
            S1002
            """;

    private final CourseBackend backend;
    private final CallStatus status;
    private final Consumer<Course> courseChanged;
    private final ObservableList<User> students = FXCollections.observableArrayList();
    private final FilteredList<User> visible = new FilteredList<>(students);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> lastImport = new SimpleObjectProperty<>();
    private Course course;

    /** {@code courseChanged} hears the course with its new enrolled count after each change. */
    public CourseStudentsViewModel(CourseBackend backend, UiExecutor executor, Consumer<Course> courseChanged) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        this.courseChanged = courseChanged;
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> user -> SearchText.matches(search.get(),
                user.fullName(), user.studentNumber(), user.email()), search));
    }

    /** Shows {@code next}'s students; the same course again (a changed count) does not reload. */
    public void show(Course next) {
        boolean same = course != null && next != null && course.id() == next.id();
        course = next;
        if (!same) {
            reload();
        }
    }

    public void reload() {
        Course target = course;
        students.clear();
        selected.set(null);
        if (target != null) {
            status.load("load the students of " + target.code(), () -> sorted(backend.courseStudents(target.id())),
                    list -> {
                        if (course != null && course.id() == target.id()) {
                            students.setAll(list);
                        }
                    });
        }
    }

    public void enrol(List<User> picked) {
        Course target = course;
        if (target == null || picked.isEmpty()) {
            return;
        }
        change("enrol the students", () -> {
            backend.enrol(target.id(), picked.stream().map(User::id).toList());
            return sorted(backend.courseStudents(target.id()));
        }, target, picked.size() == 1 ? picked.get(0).fullName() + " enrolled in " + target.code() + "."
                : picked.size() + " students enrolled in " + target.code() + ".");
    }

    public void unenrolSelected() {
        Course target = course;
        User student = selected.get();
        if (target == null || student == null) {
            return;
        }
        change("take the student off the course", () -> {
            backend.unenrol(target.id(), student.id());
            return sorted(backend.courseStudents(target.id()));
        }, target, student.fullName() + " is no longer enrolled in " + target.code() + "; past records stay.");
    }

    /** Reads the file off the UI thread; the result (enrolled, already enrolled, line errors) is kept for the view. */
    public void importCsv(Path file) {
        Course target = course;
        if (target == null) {
            return;
        }
        ImportResult[] result = new ImportResult[1];
        change("import " + file.getFileName(), () -> {
            result[0] = backend.importEnrolments(target.id(), Files.readString(file, StandardCharsets.UTF_8));
            return sorted(backend.courseStudents(target.id()));
        }, target, () -> {
            lastImport.set(null); // the same answer twice must still show its report
            lastImport.set(result[0]);
            return summary(result[0]);
        });
    }

    private void change(String action, Callable<List<User>> work, Course target, String outcome) {
        change(action, work, target, () -> outcome);
    }

    /** {@code outcome} is asked for on the UI thread once the work is done (the import's report comes with it). */
    private void change(String action, Callable<List<User>> work, Course target, Supplier<String> outcome) {
        status.change(action, work, list -> {
            if (course != null && course.id() == target.id()) {
                students.setAll(list);
            }
            Course counted = withEnrolled(target, list.size());
            courseChanged.accept(counted);
            status.inform(outcome.get());
        });
    }

    /** "Import: 3 enrolled, 1 already enrolled, 2 lines with errors." */
    static String summary(ImportResult result) {
        return "Import: " + result.enrolled() + " enrolled, " + result.skipped() + " already enrolled"
                + (result.errors().isEmpty() ? "." : ", " + result.errors().size()
                + (result.errors().size() == 1 ? " line" : " lines") + " with errors.");
    }

    private static List<User> sorted(List<User> users) {
        return users.stream().sorted(Comparator.comparing(User::fullName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Course withEnrolled(Course c, long count) {
        return new Course(c.id(), c.code(), c.name(), c.lecturerId(), count, c.unenrolledCheckIns(), c.archived(),
                c.lateAfterMinutes(), c.staff(), c.lecturerName());
    }

    public CallStatus status() { return status; }
    public ObservableList<User> visibleStudents() { return visible; }
    public List<User> enrolled() { return List.copyOf(students); }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<User> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<ImportResult> lastImportProperty() { return lastImport; }
}
