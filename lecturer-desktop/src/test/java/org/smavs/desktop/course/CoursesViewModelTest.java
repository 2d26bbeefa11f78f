package org.smavs.desktop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CourseStaffMember;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

class CoursesViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final User admin = Fixtures.user(1, "admin@x", Role.ADMIN);

    private CoursesViewModel adminModel() {
        backend.users.add(Fixtures.user(7, "lead@x", Role.LECTURER));
        backend.users.add(Fixtures.user(8, "ta@x", Role.LECTURER));
        backend.users.add(Fixtures.user(30, "s@x", Role.STUDENT));
        backend.courseList.add(new Course(2, "MA120", "Calculus", 7L, 0, UnenrolledCheckIns.FLAG, true, null, List.of()));
        CoursesViewModel model = new CoursesViewModel(backend, executor, admin, true);
        model.load();
        return model;
    }

    @Test
    void archivedCoursesShowOnlyWhenAsked() {
        CoursesViewModel model = adminModel();
        assertThat(model.visibleCourses()).extracting(Course::code).containsExactly("CS101");
        assertThat(model.selectedProperty().get().code()).as("the first course opens at once").isEqualTo("CS101");
        model.showArchivedProperty().set(true);
        assertThat(model.visibleCourses()).extracting(Course::code).containsExactly("CS101", "MA120");
        assertThat(model.leadName(model.visibleCourses().get(0))).isEqualTo("Name 7");
        assertThat(model.visibleCourses()).extracting(model::stateText).containsExactly("in use", "archived");
    }

    @Test
    void anAdminCreatesAndArchivesACourse() {
        CoursesViewModel model = adminModel();
        assertThat(model.lecturers()).extracting(User::id).containsExactly(7L, 8L);
        model.create(new CreateCourseRequest("PH200", "Optics", 8L));
        assertThat(backend.calls).contains("createCourse PH200 lead 8");
        assertThat(model.selectedProperty().get().code()).isEqualTo("PH200");

        model.setArchived(true);
        assertThat(model.selectedProperty().get().archived()).isTrue();
        assertThat(model.status().infoProperty().get()).startsWith("PH200 archived");
        assertThat(model.visibleCourses()).extracting(Course::code).doesNotContain("PH200");
    }

    @Test
    void addingATeachingAssistantKeepsTheOtherStaff() {
        backend.courseList.set(0, new Course(1, "CS101", "Algorithms", 7L, 30, UnenrolledCheckIns.FLAG, false, null,
                List.of(new CourseStaffMember(9, "Cole", CourseRole.LECTURER))));
        CoursesViewModel model = adminModel();
        model.selectedProperty().set(model.visibleCourses().get(0));
        assertThat(model.staffCandidates()).extracting(User::id).containsExactly(8L);

        model.addStaff(8, CourseRole.TEACHING_ASSISTANT);
        assertThat(backend.calls).anyMatch(call -> call.startsWith("updateCourse 1")
                && call.contains("staff=[StaffAssignment[userId=9, role=LECTURER], "
                + "StaffAssignment[userId=8, role=TEACHING_ASSISTANT]]"));
        assertThat(model.staff()).extracting(CoursesViewModel.StaffRow::part)
                .containsExactly("Lead lecturer", "Lecturer", "Teaching assistant");

        model.removeStaff(9);
        assertThat(model.selectedProperty().get().staff()).extracting(CourseStaffMember::userId).containsExactly(8L);
    }

    @Test
    void anEditThatChangesNothingSendsNothing() {
        CoursesViewModel model = adminModel();
        Course course = model.visibleCourses().get(0);
        model.selectedProperty().set(course);
        model.edit(CourseForm.of(course));
        assertThat(backend.calls).noneMatch(call -> call.startsWith("updateCourse"));
        assertThat(model.status().infoProperty().get()).isEqualTo("Nothing changed.");
    }

    @Test
    void aLecturerSeesTheCoursesTheyTeachWithTheirPart() {
        backend.courseList.add(new Course(3, "CS201", "Compilers", 4L, 12, UnenrolledCheckIns.FLAG, false, null,
                List.of(new CourseStaffMember(7, "Name 7", CourseRole.TEACHING_ASSISTANT))));
        CoursesViewModel model = new CoursesViewModel(backend, executor, Fixtures.user(7, "me@x", Role.LECTURER), false);
        model.load();
        assertThat(backend.calls).containsExactly("courses");
        assertThat(model.visibleCourses()).extracting(model::stateText)
                .containsExactly("Lead lecturer", "Teaching assistant");
        assertThat(model.leadName(model.visibleCourses().get(0))).isEqualTo("Name 7 (you)");
        assertThat(model.leadName(model.visibleCourses().get(1))).as("another lead, from an older server: only an id")
                .isEqualTo("Lecturer #4");
    }

    @Test
    void aLecturerSeesAnotherLeadByTheNameTheCourseCarries() {
        backend.courseList.clear();
        backend.courseList.add(new Course(3, "CS201", "Compilers", 4L, 12, UnenrolledCheckIns.FLAG, false, null,
                List.of(new CourseStaffMember(7, "Name 7", CourseRole.TEACHING_ASSISTANT)), "Lin Lead"));
        CoursesViewModel model = new CoursesViewModel(backend, executor, Fixtures.user(7, "me@x", Role.LECTURER), false);
        model.load();
        assertThat(model.leadName(model.visibleCourses().get(0))).isEqualTo("Lin Lead");
    }
}
