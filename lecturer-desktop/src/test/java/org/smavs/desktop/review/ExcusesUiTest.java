package org.smavs.desktop.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.excuse.Excuse;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.testfx.api.FxRobot;

/** The excuse queue against a real server: a student's excuse with a PDF is approved and the record is excused. */
class ExcusesUiTest extends ServerUiTest {
    @Test
    void aLecturerApprovesAnExcuseAndTheRecordBecomesExcused(FxRobot robot) {
        requireRoute("POST", ApiPaths.STUDENT_EXCUSES);
        ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        ApiClient lecturer = actors.signedIn(TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        ApiClient student = actors.signedIn(TestServer.STUDENT, TestServer.STUDENT_PASSWORD);
        long course = lecturer.lecturer().courses().get(0).id();
        Session missed = lecturer.lecturer().createSession(new CreateSessionRequest("Excuse lab", course, 60, null,
                null, null, null, false, null, null));
        long studentId = student.auth().me().id();
        admin.admin().enrol(course, List.of(studentId));
        Excuse sent = student.student().submitExcuse(missed.id(), "Hospital appointment",
                "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1),
                "letter.pdf");

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        selectTab(robot, "#mainTabs", "excusesTab");
        TableView<Excuse> table = robot.lookup("#excuseTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(e -> e.id() == sent.id()));
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(e -> e.id() == sent.id()).findFirst().orElseThrow()));
        waitUntil(() -> DesktopHarness.textOf(robot, "#excuseEvidenceLabel").startsWith("A PDF document"));
        assertThat(DesktopHarness.textOf(robot, "#excuseReason")).isEqualTo("Hospital appointment");

        robot.clickOn("#approveExcuseButton");
        waitUntil(() -> anyStatusContains(robot, "approved"));
        AttendanceRecord record = lecturer.lecturer().attendance(missed.id()).stream()
                .filter(r -> r.studentId() == studentId).findFirst().orElseThrow();
        assertThat(record.status()).isEqualTo(AttendanceStatus.EXCUSED);
    }
}
