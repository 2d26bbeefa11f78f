package org.smavs.desktop.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.time.LocalDate;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Course;
import org.smavs.model.timetable.Meeting;
import org.testfx.api.FxRobot;

/** The timetable editor against a real server: a lecturer adds a weekly meeting, moves it, and removes it. */
class TimetableUiTest extends ServerUiTest {

    @Test
    @SuppressWarnings("unchecked")
    void aLecturerAddsEditsAndRemovesAWeeklyMeeting(FxRobot robot) {
        requireRoute("PATCH", ApiPaths.LECTURER_MEETING);
        requireRoute("DELETE", ApiPaths.LECTURER_MEETING);
        ApiClient lecturer = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        Course course = lecturer.lecturer().courses().get(0);
        LocalDate tomorrow = LocalDate.now().plusDays(1);

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "coursesTab");
        TableView<Course> courses = robot.lookup("#courseTable").queryAs(TableView.class);
        waitUntil(() -> courses.getItems().stream().anyMatch(c -> c.id() == course.id()));
        robot.interact(() -> courses.getSelectionModel().select(courses.getItems().stream()
                .filter(c -> c.id() == course.id()).findFirst().orElseThrow()));
        selectTab(robot, "#courseTabs", "courseTimetableTab");
        TableView<Meeting> meetings = robot.lookup("#meetingTable").queryAs(TableView.class);
        int before = lecturer.lecturer().meetings(course.id()).size();
        waitUntil(() -> meetings.getItems().size() == before
                && !robot.lookup("#addMeetingButton").query().isDisabled());

        robot.clickOn("#addMeetingButton");
        assertThat(DesktopHarness.textOf(robot, "#meetingZone"))
                .startsWith("Start times are the institution's local time");
        robot.interact(() -> {
            robot.lookup("#meetingWeekday").queryAs(ChoiceBox.class).setValue(tomorrow.getDayOfWeek().getValue());
            robot.lookup("#meetingStart").queryAs(TextInputControl.class).setText("10:00");
            robot.lookup("#meetingDuration").queryAs(TextInputControl.class).setText("50");
            robot.lookup("#meetingRoom").queryAs(ComboBox.class).getSelectionModel().select(0);
            robot.lookup("#meetingFirstDate").queryAs(DatePicker.class).setValue(tomorrow);
            robot.lookup("#meetingLastDate").queryAs(DatePicker.class).setValue(tomorrow.plusWeeks(3));
        });
        robot.clickOn("#addMeetingOk");
        waitUntil(() -> meetings.getItems().size() == before + 1);
        Meeting added = meetings.getSelectionModel().getSelectedItem();
        assertThat(added.startTime()).isEqualTo("10:00");
        assertThat(added.sessionsCreated()).as("four weeks from tomorrow").isEqualTo(4);
        assertThat(anyStatusContains(robot, "4 sessions created")).isTrue();

        robot.clickOn("#editMeetingButton");
        assertThat(DesktopHarness.textOf(robot, "#meetingEffect"))
                .startsWith("Only sessions that have not started change");
        robot.interact(() -> robot.lookup("#meetingStart").queryAs(TextInputControl.class).setText("11:30"));
        robot.clickOn("#editMeetingOk");
        waitUntil(() -> anyStatusContains(robot, "11:30 saved"));
        assertThat(lecturer.lecturer().meetings(course.id())).filteredOn(m -> m.id() == added.id())
                .extracting(Meeting::startTime).containsExactly("11:30");

        robot.clickOn("#removeMeetingButton");
        robot.clickOn("#confirmRemoveMeeting");
        waitUntil(() -> meetings.getItems().size() == before);
        assertThat(lecturer.lecturer().meetings(course.id())).noneMatch(m -> m.id() == added.id());
    }
}
