package org.smavs.desktop.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.StaffAssignment;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.timetable.MeetingRequest;
import org.testfx.api.FxRobot;

/** The Courses tab against a real server: an admin runs a course; a lecturer and a teaching assistant see theirs. */
class CoursesUiTest extends ServerUiTest {
    private static final String TA_EMAIL = "tess.assistant@smavs.com";
    private static final String TA_PASSWORD = "assistant-123";

    @Test
    void anAdminCreatesACourseSetsItsLateRuleStaffsItAndEnrolsStudents(FxRobot robot) throws Exception {
        requireRoute("PATCH", ApiPaths.ADMIN_COURSE);
        requireRoute("DELETE", ApiPaths.ADMIN_COURSE_ENROLMENT);
        requireRoute("POST", ApiPaths.ADMIN_COURSE_ENROLMENTS_IMPORT);
        requireRoute("GET", ApiPaths.LECTURER_COURSE_STUDENTS);
        ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        User assistant = teachingAssistantAccount(admin);

        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "coursesTab");
        waitUntil(() -> !courses(robot).getItems().isEmpty());
        robot.clickOn("#newCourseButton");
        robot.interact(() -> {
            robot.lookup("#newCourseCode").queryAs(TextInputControl.class).setText("UI200");
            robot.lookup("#newCourseName").queryAs(TextInputControl.class).setText("Interfaces");
            choose(robot, "#newCourseLead", user -> TestServer.LECTURER.equals(user.email()));
        });
        robot.clickOn("#createCourseOk");
        waitUntil(() -> anyStatusContains(robot, "Course UI200 created"));
        long courseId = courses(robot).getSelectionModel().getSelectedItem().id();

        // the course's own late rule instead of the institution's
        robot.clickOn("#editCourseButton");
        robot.clickOn("#institutionLateRule");
        robot.interact(() -> robot.lookup("#lateMinutes").queryAs(TextInputControl.class).setText("7"));
        robot.clickOn("#editCourseOk");
        waitUntil(() -> anyStatusContains(robot, "UI200 saved"));
        assertThat(course(admin, courseId).lateAfterMinutes()).isEqualTo(7);
        assertThat(DesktopHarness.textOf(robot, "#courseFacts")).contains("late after 7 min (this course's rule)");

        // a teaching assistant on the staff
        selectTab(robot, "#courseTabs", "courseStaffTab");
        robot.clickOn("#addStaffButton");
        robot.interact(() -> choose(robot, "#staffPerson", user -> user.id() == assistant.id()));
        robot.clickOn("#addStaffOk");
        waitUntil(() -> robot.lookup("#staffTable").queryAs(TableView.class).getItems().size() == 2);
        assertThat(course(admin, courseId).staff()).singleElement()
                .satisfies(member -> assertThat(member.role()).isEqualTo(CourseRole.TEACHING_ASSISTANT));

        // enrol the demo student by search, then take them off again
        selectTab(robot, "#courseTabs", "courseStudentsTab");
        robot.clickOn("#enrolButton");
        robot.interact(() -> robot.lookup("#enrolSearch").queryAs(TextInputControl.class).setText("s1001"));
        ListView<User> candidates = robot.lookup("#enrolCandidates").queryAs(ListView.class);
        waitUntil(() -> candidates.getItems().size() == 1);
        robot.interact(() -> candidates.getSelectionModel().select(0));
        robot.clickOn("#enrolOk");
        waitUntil(() -> students(robot).getItems().size() == 1);
        assertThat(admin.lecturer().courseStudents(courseId)).extracting(User::email)
                .containsExactly(TestServer.STUDENT);
        assertThat(courses(robot).getSelectionModel().getSelectedItem().enrolledCount()).isEqualTo(1);

        robot.interact(() -> students(robot).getSelectionModel().select(0));
        robot.clickOn("#unenrolButton");
        robot.clickOn("#confirmUnenrol");
        waitUntil(() -> students(robot).getItems().isEmpty());
        assertThat(admin.lecturer().courseStudents(courseId)).isEmpty();

        // a CSV: one student found, one line the server cannot match
        Path csv = Files.writeString(tempDir.resolve("class.csv"), "student_number\nS1001\nS9999\n");
        harness.openNext(csv);
        robot.clickOn("#importEnrolmentsButton");
        assertThat(DesktopHarness.textOf(robot, "#enrolmentImportFormat")).startsWith("student_number");
        robot.clickOn("#chooseEnrolmentFile");
        waitUntil(() -> robot.lookup("#enrolmentImportReport").tryQuery().isPresent());
        DialogPane report = robot.lookup(".dialog-pane").queryAllAs(DialogPane.class).stream()
                .filter(pane -> pane.getContent() != null && "enrolmentImportReport".equals(pane.getContent().getId()))
                .findFirst().orElseThrow();
        assertThat(report.getHeaderText()).startsWith("Import: 1 enrolled, 0 already enrolled, 1 line with errors");
        assertThat(DesktopHarness.textOf(robot, "#enrolmentImportReport")).startsWith("Line 3:");
        // the list reloads in the background while the report is shown
        waitUntil(() -> !students(robot).getItems().isEmpty());
        assertThat(students(robot).getItems()).extracting(User::email).containsExactly(TestServer.STUDENT);
    }

    @Test
    void aLecturerSeesTheCourseTheyLeadWithItsStudents(FxRobot robot) {
        requireRoute("GET", ApiPaths.LECTURER_COURSE_STUDENTS);
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "coursesTab");
        waitUntil(() -> !courses(robot).getItems().isEmpty());
        robot.interact(() -> courses(robot).getSelectionModel().select(0));
        waitUntil(() -> students(robot).getItems().stream().anyMatch(u -> TestServer.STUDENT.equals(u.email())));
        assertThat(DesktopHarness.textOf(robot, "#courseFacts")).contains("your part: lead lecturer");
        assertThat(robot.lookup("#enrolButton").query().isVisible()).as("enrolment is for admins").isFalse();
        assertThat(robot.lookup("#newCourseButton").query().isVisible()).isFalse();
    }

    @Test
    void aTeachingAssistantSeesTheTimetableButCannotChangeIt(FxRobot robot) {
        requireRoute("PATCH", ApiPaths.ADMIN_COURSE);
        requireRoute("GET", ApiPaths.LECTURER_COURSE_STUDENTS);
        ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        User assistant = teachingAssistantAccount(admin);
        long lecturerId = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD).auth().me().id();
        Course course = admin.admin().createCourse(new CreateCourseRequest("TA101", "Assisted", lecturerId));
        admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, null, null, null,
                List.of(new StaffAssignment(assistant.id(), CourseRole.TEACHING_ASSISTANT))));
        LocalDate start = LocalDate.now().plusDays(1);
        admin.lecturer().addMeeting(course.id(), new MeetingRequest(start.getDayOfWeek().getValue(), "10:00", 50,
                admin.admin().rooms().get(0).id(), start, start.plusWeeks(2), false));

        DesktopHarness.signInAndWait(robot, TA_EMAIL, TA_PASSWORD);
        selectTab(robot, "#mainTabs", "coursesTab");
        waitUntil(() -> courses(robot).getItems().stream().anyMatch(c -> c.id() == course.id()));
        robot.interact(() -> courses(robot).getSelectionModel().select(courses(robot).getItems().stream()
                .filter(c -> c.id() == course.id()).findFirst().orElseThrow()));
        selectTab(robot, "#courseTabs", "courseTimetableTab");
        waitUntil(() -> robot.lookup("#meetingTable").queryAs(TableView.class).getItems().size() == 1);

        assertThat(DesktopHarness.textOf(robot, "#courseFacts")).contains("your part: teaching assistant");
        assertThat(DesktopHarness.textOf(robot, "#timetableRoleNote")).startsWith("You are a teaching assistant here");
        for (String button : List.of("#addMeetingButton", "#editMeetingButton", "#removeMeetingButton")) {
            assertThat(robot.lookup(button).query().isDisabled()).as(button).isTrue();
        }
    }

    /** A lecturer account that is made a teaching assistant (created once per server). */
    private static User teachingAssistantAccount(ApiClient admin) {
        return admin.admin().users().stream().filter(user -> TA_EMAIL.equals(user.email())).findFirst()
                .orElseGet(() -> admin.admin().createUser(new CreateUserRequest(TA_EMAIL, TA_PASSWORD, "Tess Assistant",
                        Role.LECTURER, null, null)));
    }

    private static Course course(ApiClient admin, long id) {
        return admin.admin().courses().stream().filter(c -> c.id() == id).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static void choose(FxRobot robot, String query, Predicate<User> which) {
        ComboBox<User> box = robot.lookup(query).queryAs(ComboBox.class);
        box.setValue(box.getItems().stream().filter(which).findFirst().orElseThrow());
    }

    private static TableView<Course> courses(FxRobot robot) {
        return robot.lookup("#courseTable").queryAs(TableView.class);
    }

    private static TableView<User> students(FxRobot robot) {
        return robot.lookup("#courseStudentTable").queryAs(TableView.class);
    }
}
