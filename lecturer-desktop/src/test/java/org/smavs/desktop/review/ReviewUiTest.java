package org.smavs.desktop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.util.List;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerActors;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.session.Session;
import org.testfx.api.FxRobot;

class ReviewUiTest extends ServerUiTest {

    @Test
    void aLecturerConfirmsAFlaggedCheckInWithTheKeyboard(FxRobot robot) {
        requireRoute("POST", ApiPaths.LECTURER_ATTENDANCE_CONFIRM);
        requireRoute("GET", ApiPaths.LECTURER_SESSION_FLAGGED);
        Session session = actors.lecturerCreatesSession("Review test");
        // Two kilometres away: outside the 100 m area, so the server flags instead of accepting.
        AttendanceRecord flagged = actors.studentChecksIn(session.code(), 2000);
        assertThat(flagged.flags()).contains(ReasonCode.OUTSIDE_GEOFENCE);

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "reviewTab");
        waitUntil(() -> queue(robot).getItems().stream().anyMatch(r -> r.id() == flagged.id()));
        robot.interact(() -> queue(robot).getSelectionModel().select(
                queue(robot).getItems().stream().filter(r -> r.id() == flagged.id()).findFirst().orElseThrow()));
        waitUntil(() -> "No reference photo".equals(DesktopHarness.textOf(robot, "#referenceMessage")));
        robot.clickOn("#reviewQueue");
        // N opens the note without typing an "n" into it
        robot.type(javafx.scene.input.KeyCode.N);
        robot.write("Seen in class");
        waitUntil(() -> "Seen in class".equals(robot.lookup("#reviewNote")
                .queryAs(javafx.scene.control.TextArea.class).getText()));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        robot.type(javafx.scene.input.KeyCode.C);

        waitUntil(() -> anyStatusContains(robot, "Confirmed Sam Student"));
        assertThat(queue(robot).getItems()).noneMatch(r -> r.id() == flagged.id());
        ApiClient lecturer = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        List<AttendanceRecord> records = lecturer.lecturer().attendance(session.id());
        assertThat(records).singleElement().extracting(AttendanceRecord::status).isEqualTo(AttendanceStatus.PRESENT);
    }

    @Test
    void comingBackToTheTabShowsWhatWasFlaggedMeanwhile(FxRobot robot) {
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "reviewTab");
        Session session = actors.lecturerCreatesSession("Flagged while away");
        AttendanceRecord flagged = actors.studentChecksIn(session.code(), 2000);
        selectTab(robot, "#mainTabs", "sessionsTab");
        selectTab(robot, "#mainTabs", "reviewTab");
        waitUntil(() -> queue(robot).getItems().stream().anyMatch(r -> r.id() == flagged.id()));
    }

    @Test
    void theEnrolledReferencePhotoIsShownBesideTheSelfie(FxRobot robot) {
        requireRoute("GET", ApiPaths.LECTURER_STUDENT_REFERENCE_PHOTO);
        Session session = actors.lecturerCreatesSession("Reference photo test");
        AttendanceRecord flagged = actors.newStudentWithFaceChecksIn("Eileen Collins", ServerActors.facePhoto(),
                session.code(), 2000);

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "reviewTab");
        waitUntil(() -> queue(robot).getItems().stream().anyMatch(r -> r.id() == flagged.id()));
        robot.interact(() -> queue(robot).getSelectionModel().select(
                queue(robot).getItems().stream().filter(r -> r.id() == flagged.id()).findFirst().orElseThrow()));

        waitUntil(() -> robot.lookup("#referenceView").queryAs(ImageView.class).getImage() != null);
        Image reference = robot.lookup("#referenceView").queryAs(ImageView.class).getImage();
        assertThat(reference.isError()).isFalse();
        assertThat(reference.getWidth()).isGreaterThan(100);
        assertThat(DesktopHarness.textOf(robot, "#referenceMessage")).isNullOrEmpty();
        assertThat(DesktopHarness.textOf(robot, "#reviewStudent")).startsWith("Eileen Collins");
    }

    private static TableView<AttendanceRecord> queue(FxRobot robot) {
        return robot.lookup("#reviewQueue").queryAs(TableView.class);
    }

    @Test
    void doubleClickingAFlaggedRosterRowOpensItsReview(FxRobot robot) {
        Session session = actors.lecturerCreatesSession("Double-click test");
        AttendanceRecord flagged = actors.studentChecksIn(session.code(), 2000);

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "sessionsTab");
        javafx.scene.control.TableView<Session> sessions = robot.lookup("#sessionsTable").queryAs(
                javafx.scene.control.TableView.class);
        waitUntil(() -> sessions.getItems().stream().anyMatch(s -> s.id() == session.id()));
        robot.interact(() -> sessions.getSelectionModel().select(sessions.getItems().stream()
                .filter(s -> s.id() == session.id()).findFirst().orElseThrow()));
        robot.clickOn("#openRosterButton");
        javafx.scene.control.TableView<AttendanceRecord> roster = robot.lookup("#rosterTable").queryAs(
                javafx.scene.control.TableView.class);
        waitUntil(() -> roster.getItems().stream().anyMatch(r -> r.id() == flagged.id()));

        // the rows exist only once the table has been laid out: wait for the flagged one, then double-click it
        java.util.function.Supplier<java.util.Optional<javafx.scene.Node>> flaggedRow = () -> robot.from(roster)
                .lookup(".table-row-cell").queryAll().stream()
                .filter(node -> node instanceof javafx.scene.control.TableRow<?> row
                        && row.getItem() instanceof AttendanceRecord record && record.id() == flagged.id())
                .findFirst();
        waitUntil(() -> flaggedRow.get().isPresent());
        robot.doubleClickOn(flaggedRow.get().orElseThrow());

        waitUntil(() -> robot.lookup("#mainTabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .getSelectedItem().getId().equals("reviewTab"));
        waitUntil(() -> queue(robot).getSelectionModel().getSelectedItem() != null
                && queue(robot).getSelectionModel().getSelectedItem().id() == flagged.id());
    }
}
