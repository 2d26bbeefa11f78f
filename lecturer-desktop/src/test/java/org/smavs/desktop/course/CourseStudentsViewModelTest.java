package org.smavs.desktop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.ImportLineError;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

class CourseStudentsViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final List<Course> changed = new ArrayList<>();
    private final CourseStudentsViewModel model = new CourseStudentsViewModel(backend, new DirectUiExecutor(),
            changed::add);
    private final Course cs101 = new Course(1, "CS101", "Algorithms", 7L, 1);

    private static User student(long id, String name, String number) {
        return new User(id, name.toLowerCase().replace(' ', '.') + "@uni.test", name, Role.STUDENT, true, number,
                null, false, false);
    }

    @Test
    void studentsAreFoundByNameNumberOrEmail() {
        backend.enrolments.put(1L, new ArrayList<>(List.of(student(30, "Zoë Walker", "S1030"),
                student(31, "Adam Chloé", "S1031"))));
        model.show(cs101);
        assertThat(model.visibleStudents()).extracting(User::fullName).containsExactly("Adam Chloé", "Zoë Walker");
        model.searchProperty().set("zoe");
        assertThat(model.visibleStudents()).extracting(User::id).containsExactly(30L);
        model.searchProperty().set("s1031");
        assertThat(model.visibleStudents()).extracting(User::id).containsExactly(31L);
    }

    @Test
    void enrollingAndRemovingReloadTheListAndTheCount() {
        User ada = student(30, "Ada Lovelace", "S1001");
        User alan = student(31, "Alan Turing", "S1002");
        backend.users.addAll(List.of(ada, alan));
        model.show(cs101);

        model.enrol(List.of(ada, alan));
        assertThat(backend.calls).contains("enrol 1 [30, 31]");
        assertThat(model.visibleStudents()).hasSize(2);
        assertThat(changed).last().extracting(Course::enrolledCount).isEqualTo(2L);
        assertThat(model.status().infoProperty().get()).isEqualTo("2 students enrolled in CS101.");

        model.selectedProperty().set(ada);
        model.unenrolSelected();
        assertThat(backend.calls).contains("unenrol 1 30");
        assertThat(model.visibleStudents()).containsExactly(alan);
        assertThat(model.status().infoProperty().get()).contains("past records stay");
        assertThat(changed).last().extracting(Course::enrolledCount).isEqualTo(1L);
    }

    @Test
    void anImportReportsEnrolledAlreadyEnrolledAndLineErrors(@TempDir Path dir) throws Exception {
        Path csv = Files.writeString(dir.resolve("class.csv"), "student_number\nS1001\nS1002\nS9999\n");
        backend.importResult = new ImportResult(0, 1, 1, List.of(new ImportLineError(4, "no student S9999")));
        model.show(cs101);
        model.importCsv(csv);
        assertThat(backend.calls).contains("importEnrolments 1 4 lines");
        assertThat(model.lastImportProperty().get().errors()).hasSize(1);
        assertThat(model.status().infoProperty().get())
                .isEqualTo("Import: 1 enrolled, 1 already enrolled, 1 line with errors.");
    }

    @Test
    void showingTheSameCourseAgainDoesNotReload() {
        model.show(cs101);
        model.show(new Course(1, "CS101", "Algorithms", 7L, 5));
        assertThat(backend.calls).containsExactly("courseStudents 1");
    }
}
