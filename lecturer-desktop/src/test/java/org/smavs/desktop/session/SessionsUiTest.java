package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.session.Session;
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
