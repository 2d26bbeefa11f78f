package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;
import org.testfx.api.FxRobot;

class SessionsUiTest extends ServerUiTest {

    @Test
    void aLecturerCreatesASessionAndSeesACheckInArriveLive(FxRobot robot) {
        requireRoute("POST", ApiPaths.LECTURER_SESSIONS);
        requireRoute("POST", ApiPaths.STUDENT_ATTENDANCE);
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "sessionsTab");

        robot.clickOn("#newSessionButton");
        robot.interact(() -> robot.lookup("#sessionTitleField").queryAs(TextInputControl.class).setText("UI test lecture"));
        // the lecturer's course is preselected; with no room or map point, OK waits for a deliberate choice
        assertThat(robot.lookup("#courseChoice").queryAs(ComboBox.class).getValue()).isNotNull();
        assertThat(robot.lookup("#createSessionOk").query().isDisabled()).isTrue();
        assertThat(DesktopHarness.textOf(robot, "#formProblem")).contains("No location check");
        robot.clickOn("#noLocationCheck");
        robot.clickOn("#createSessionOk");
        waitUntil(() -> anyStatusContains(robot, "“UI test lecture” is open"));
        Session created = selectedSession(robot);
        assertThat(created.title()).isEqualTo("UI test lecture");

        robot.clickOn("#openRosterButton");
        waitUntil(() -> DesktopHarness.textOf(robot, "#connectionLabel").contains("live"));
        actors.studentChecksIn(created.code(), 0);

        waitUntil(() -> rosterRows(robot) == 1);
        TableView<AttendanceRecord> roster = robot.lookup("#rosterTable").queryAs(TableView.class);
        waitUntil(() -> "Sam Student".equals(roster.getItems().get(0).studentName()));
        assertThat(roster.getItems().get(0).studentNumber()).isEqualTo("S1001");
        // a course session counts against its class list (the demo course has one student)
        waitUntil(() -> DesktopHarness.textOf(robot, "#presentCount").contains(" of 1 present"));
    }

    @Test
    void aSessionExportsAsCsvThatReadsBack(FxRobot robot) {
        requireRoute("GET", ApiPaths.LECTURER_SESSION_EXPORT);
        requireRoute("POST", ApiPaths.STUDENT_ATTENDANCE);
        Session session = actors.lecturerCreatesSession("Export test");
        actors.studentChecksIn(session.code(), 0);
        Path target = tempDir.resolve("export.csv");
        harness.saveNextTo(target);

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "sessionsTab");
        robot.interact(() -> robot.lookup("#sessionFilter").queryAs(TextInputControl.class).setText("Export test"));
        waitUntil(() -> sessionsTable(robot).getItems().size() == 1);
        robot.interact(() -> sessionsTable(robot).getSelectionModel().select(0));
        robot.clickOn("#exportCsvButton");

        waitUntil(() -> anyStatusContains(robot, "Saved CSV"));
        String csv = DesktopHarness.readFile(target);
        assertThat(Files.exists(target)).isTrue();
        assertThat(csv.lines().count()).isGreaterThanOrEqualTo(2);
        assertThat(csv).contains("S1001");
    }

    @Test
    void aSessionCanBePlacedInARoomPickedFromTheServersRooms(FxRobot robot) {
        requireRoute("GET", ApiPaths.LECTURER_ROOMS);
        Room room = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD).lecturer().rooms().get(0);
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "sessionsTab");

        robot.clickOn("#newSessionButton");
        robot.interact(() -> {
            robot.lookup("#sessionTitleField").queryAs(TextInputControl.class).setText("Room lecture");
            ComboBox<Room> rooms = robot.lookup("#roomChoice").queryAs(ComboBox.class);
            assertThat(rooms.isDisabled()).isFalse();
            rooms.setValue(rooms.getItems().stream().filter(r -> r != null && r.id() == room.id()).findFirst().orElseThrow());
        });
        assertThat(DesktopHarness.textOf(robot, "#roomHint")).contains("kiosk in this room");
        robot.clickOn("#createSessionOk");

        waitUntil(() -> anyStatusContains(robot, "“Room lecture” is open"));
        Session created = selectedSession(robot);
        assertThat(created.roomId()).isEqualTo(room.id());
        assertThat(created.latitude()).isEqualTo(room.latitude());
        assertThat(created.radiusM()).isEqualTo(room.radiusM());
    }

    @Test
    void aStudentIsMarkedByHandAfterFindingThemByNumber(FxRobot robot) {
        requireRoute("GET", ApiPaths.LECTURER_SESSION_STUDENTS);
        Session session = actors.lecturerCreatesCourseSession("Manual marking test", null);
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        openRosterOf(robot, "Manual marking test");

        robot.clickOn("#manualMarkButton");
        waitUntil(() -> robot.lookup("#manualSearch").tryQuery().isPresent());
        assertThat(robot.lookup("#manualOk").queryButton().isDisabled()).isTrue();
        robot.clickOn("#manualSearch").write("s1001");
        waitUntil(() -> robot.lookup("#manualStudents").queryListView().getSelectionModel().getSelectedItem() != null);
        SessionStudent picked = (SessionStudent) robot.lookup("#manualStudents").queryListView().getSelectionModel()
                .getSelectedItem();
        assertThat(picked.fullName()).isEqualTo("Sam Student");
        assertThat(robot.lookup("#manualOk").queryButton().isDisabled()).as("a note is still required").isTrue();
        robot.interact(() -> {
            robot.lookup("#manualStatus").queryAs(ChoiceBox.class).setValue(AttendanceStatus.EXCUSED);
            robot.lookup("#manualNote").queryAs(TextInputControl.class).setText("phone battery dead, seen in class");
        });
        robot.clickOn("#manualOk");

        waitUntil(() -> anyStatusContains(robot, "Marked Sam Student excused"));
        waitUntil(() -> rosterRows(robot) == 1);
        List<SessionStudent> students = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD).lecturer()
                .students(session.id());
        assertThat(students).filteredOn(s -> s.studentId() == picked.studentId()).singleElement()
                .extracting(SessionStudent::status).isEqualTo(AttendanceStatus.EXCUSED);
    }

    @Test
    void aCourseExportsOverADateRangeAsOneCsvThatReadsBack(FxRobot robot) {
        requireRoute("GET", ApiPaths.LECTURER_COURSE_EXPORT);
        Session first = actors.lecturerCreatesCourseSession("Course export one", null);
        Session second = actors.lecturerCreatesCourseSession("Course export two", null);
        actors.studentChecksIn(first.code(), 0);
        // Closed with nobody checked in: the course's students are in the file as absent.
        actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD).lecturer().close(second.id());
        Path target = tempDir.resolve("course.csv");
        harness.saveNextTo(target);
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "sessionsTab");
        waitUntil(() -> !sessionsTable(robot).getItems().isEmpty());

        robot.clickOn("#exportCourseButton");
        waitUntil(() -> robot.lookup("#exportCourseChoice").tryQuery().isPresent());
        robot.interact(() -> {
            ComboBox<Course> courses = robot.lookup("#exportCourseChoice").queryAs(ComboBox.class);
            courses.setValue(courses.getItems().get(0));
            robot.lookup("#exportFrom").queryAs(DatePicker.class).setValue(LocalDate.now(ZoneOffset.UTC).plusDays(3));
        });
        assertThat(DesktopHarness.textOf(robot, "#exportProblem")).contains("on or after");
        assertThat(robot.lookup("#exportCourseOk").queryButton().isDisabled()).isTrue();
        robot.interact(() -> robot.lookup("#exportFrom").queryAs(DatePicker.class)
                .setValue(LocalDate.now(ZoneOffset.UTC).minusDays(7)));
        robot.interact(() -> robot.lookup("#exportTo").queryAs(DatePicker.class)
                .setValue(LocalDate.now(ZoneOffset.UTC).plusDays(1)));
        robot.clickOn("#exportCourseOk");

        waitUntil(() -> anyStatusContains(robot, "CSV ("));
        String csv = DesktopHarness.readFile(target);
        assertThat(csv.lines().findFirst().orElseThrow()).contains("session_title");
        assertThat(csv.lines().filter(line -> line.contains("Course export one")))
                .singleElement().asString().contains("S1001");
        assertThat(csv.lines().filter(line -> line.contains("Course export two")))
                .singleElement().asString().contains("Sam Student").contains(",absent,");
    }

    private void openRosterOf(FxRobot robot, String title) {
        selectTab(robot, "#mainTabs", "sessionsTab");
        robot.interact(() -> robot.lookup("#sessionFilter").queryAs(TextInputControl.class).setText(title));
        waitUntil(() -> sessionsTable(robot).getItems().size() == 1);
        robot.interact(() -> sessionsTable(robot).getSelectionModel().select(0));
        robot.clickOn("#openRosterButton");
        waitUntil(() -> DesktopHarness.textOf(robot, "#connectionLabel").contains("live"));
    }

    private static TableView<Session> sessionsTable(FxRobot robot) {
        return robot.lookup("#sessionsTable").queryAs(TableView.class);
    }

    private static Session selectedSession(FxRobot robot) {
        return sessionsTable(robot).getSelectionModel().getSelectedItem();
    }

    private static int rosterRows(FxRobot robot) {
        return robot.lookup("#rosterTable").tryQueryAs(TableView.class).map(table -> table.getItems().size()).orElse(0);
    }
}
