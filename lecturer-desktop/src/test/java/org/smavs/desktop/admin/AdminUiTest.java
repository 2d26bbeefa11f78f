package org.smavs.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.ServerUiTest;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.ResetRequest;
import org.testfx.api.FxRobot;

class AdminUiTest extends ServerUiTest {

    @Test
    void anAdminApprovesADeviceReset(FxRobot robot) {
        requireRoute("POST", ApiPaths.STUDENT_DEVICE_BIND);
        requireRoute("POST", ApiPaths.ADMIN_APPROVE_RESET);
        actors.studentAsksForDeviceReset();

        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        selectTab(robot, "#adminTabs", "adminResetsTab");
        waitUntil(() -> resets(robot).getItems().size() == 1);
        robot.interact(() -> resets(robot).getSelectionModel().select(0));
        robot.clickOn("#approveResetButton");

        waitUntil(() -> anyStatusContains(robot, "Approved: student@smavs.com"));
        assertThat(resets(robot).getItems()).isEmpty();
        assertThat(actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD).admin().resetRequests())
                .noneMatch(request -> "pending".equals(request.status()));
    }

    @Test
    void anAdminSeesTheAuditChainVerify(FxRobot robot) {
        requireRoute("GET", ApiPaths.ADMIN_AUDIT_VERIFY);
        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        selectTab(robot, "#adminTabs", "adminAuditTab");
        waitUntil(() -> robot.lookup("#auditTable").queryAs(TableView.class).getItems().size() > 0);

        robot.clickOn("#verifyChainButton");

        waitUntil(() -> DesktopHarness.textOf(robot, "#chainVerdict").startsWith("Chain intact"));
        assertThat(DesktopHarness.textOf(robot, "#chainVerdict")).contains("events verified");
    }

    @Test
    void anAdminGivesAStudentAKioskPin(FxRobot robot) {
        requireRoute("PATCH", ApiPaths.ADMIN_USER);
        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        selectTab(robot, "#adminTabs", "adminUsersTab");
        TableView<org.smavs.model.auth.User> users = robot.lookup("#usersTable").queryAs(TableView.class);
        waitUntil(() -> users.getItems().stream().anyMatch(u -> "student@smavs.com".equals(u.email())));
        robot.interact(() -> users.getSelectionModel().select(users.getItems().stream()
                .filter(u -> "student@smavs.com".equals(u.email())).findFirst().orElseThrow()));
        robot.clickOn("#setPinButton");
        robot.clickOn("#pinField").write("8642");
        robot.clickOn("#pinRepeatField").write("8642");
        robot.clickOn("#setPinOk");

        waitUntil(() -> anyStatusContains(robot, "has a new kiosk PIN"));
        assertThat(actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD).admin().audit())
                .anyMatch(event -> "user.update".equals(event.action()) && event.detail().contains("pin"));
    }

    private static TableView<ResetRequest> resets(FxRobot robot) {
        return robot.lookup("#resetTable").queryAs(TableView.class);
    }
}
