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
    void afterOneDecisionTheNextRequestCanBeDecidedWithoutARefresh(FxRobot robot) {
        org.smavs.client.ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        for (String who : java.util.List.of("first.reset", "second.reset")) {
            admin.admin().createUser(new org.smavs.model.admin.CreateUserRequest(who + "@smavs.com", who + "-pw-123",
                    "Reset " + who, org.smavs.model.auth.Role.STUDENT, null, null));
            org.smavs.client.ApiClient student = actors.signedIn(who + "@smavs.com", who + "-pw-123");
            student.student().bindDevice(new org.smavs.model.device.BindDeviceRequest(who + "-old-phone"));
            try {
                student.student().bindDevice(new org.smavs.model.device.BindDeviceRequest(who + "-new-phone"));
            } catch (org.smavs.client.ApiException expected) {
                // 409: the request for an admin is recorded
            }
        }

        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        selectTab(robot, "#adminTabs", "adminResetsTab");
        waitUntil(() -> resets(robot).getItems().size() >= 2);
        int before = resets(robot).getItems().size();
        robot.interact(() -> resets(robot).getSelectionModel().select(0));
        robot.clickOn("#approveResetButton");
        waitUntil(() -> resets(robot).getItems().size() == before - 1);
        assertThat(resets(robot).getSelectionModel().getSelectedItem()).as("nothing looks chosen").isNull();
        robot.clickOn(robot.lookup("#resetTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        waitUntil(() -> !robot.lookup("#approveResetButton").query().isDisabled());
        robot.clickOn("#approveResetButton");
        waitUntil(() -> resets(robot).getItems().size() == before - 2);
    }

    @Test
    void revokingAKioskAsksFirstAndANewCodeCanBeIssued(FxRobot robot) {
        org.smavs.client.ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        long roomId = admin.admin().rooms().get(0).id();
        admin.admin().createKiosk(new org.smavs.model.admin.CreateKioskRequest("Confirm kiosk", roomId));

        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        selectTab(robot, "#adminTabs", "adminRoomsTab");
        TableView<org.smavs.model.admin.Kiosk> kiosks = robot.lookup("#kioskTable").queryAs(TableView.class);
        waitUntil(() -> kiosks.getItems().stream().anyMatch(k -> "Confirm kiosk".equals(k.name())));
        robot.interact(() -> kiosks.getSelectionModel().select(kiosks.getItems().stream()
                .filter(k -> "Confirm kiosk".equals(k.name())).findFirst().orElseThrow()));

        robot.clickOn("#revokeKioskButton");
        robot.clickOn(javafx.scene.control.ButtonType.CANCEL.getText()); // asked first: nothing happens on Cancel
        assertThat(admin.admin().kiosks()).filteredOn(k -> "Confirm kiosk".equals(k.name()))
                .extracting(org.smavs.model.admin.Kiosk::status).doesNotContain("revoked");
        robot.clickOn("#reissueKioskButton");
        robot.clickOn("#confirmKioskAction");
        waitUntil(() -> anyStatusContains(robot, "New enrolment code for Confirm kiosk"));
        robot.clickOn(javafx.scene.control.ButtonType.OK.getText()); // the window showing the new code
        robot.clickOn("#revokeKioskButton");
        robot.clickOn("#confirmKioskAction");
        waitUntil(() -> anyStatusContains(robot, "Kiosk Confirm kiosk revoked"));
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

    @Test
    void anAdminMovesARoomsCheckInArea(FxRobot robot) {
        requireRoute("PATCH", ApiPaths.ADMIN_ROOM);
        org.smavs.client.ApiClient admin = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        org.smavs.model.admin.Room room = admin.admin().createRoom(new org.smavs.model.admin.CreateRoomRequest(
                "Edit me", "Annex", 51.75, -1.25, 40.0));

        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        selectTab(robot, "#adminTabs", "adminRoomsTab");
        TableView<org.smavs.model.admin.Room> rooms = robot.lookup("#roomTable").queryAs(TableView.class);
        waitUntil(() -> rooms.getItems().stream().anyMatch(r -> r.id() == room.id()));
        robot.interact(() -> rooms.getSelectionModel().select(rooms.getItems().stream()
                .filter(r -> r.id() == room.id()).findFirst().orElseThrow()));
        robot.clickOn("#editRoomButton");
        assertThat(DesktopHarness.textOf(robot, "#roomRadius")).isEqualTo("40");
        assertThat(DesktopHarness.textOf(robot, "#editRoomNote")).startsWith("Sessions already created keep");
        robot.interact(() -> robot.lookup("#roomRadius").queryAs(javafx.scene.control.TextInputControl.class)
                .setText("75"));
        robot.clickOn("#editRoomOk");

        waitUntil(() -> anyStatusContains(robot, "Room Edit me saved"));
        assertThat(admin.admin().rooms()).filteredOn(r -> r.id() == room.id())
                .extracting(org.smavs.model.admin.Room::radiusM).containsExactly(75.0);
    }

    @Test
    void theSignedInPersonSwitchesTheirEmailNotificationsOff(FxRobot robot) {
        requireRoute("PATCH", ApiPaths.AUTH_ME);
        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        javafx.scene.control.CheckBox box = robot.lookup("#emailNotificationsCheck")
                .queryAs(javafx.scene.control.CheckBox.class);
        waitUntil(() -> box.isSelected() && !box.isDisabled());

        robot.clickOn(box);

        waitUntil(() -> !box.isDisabled());
        assertThat(box.isSelected()).isFalse();
        org.smavs.client.ApiClient me = actors.signedIn(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        assertThat(me.auth().me().emailNotifications()).isFalse();
        me.auth().updateMe(new org.smavs.model.auth.UpdateProfileRequest(true)); // the server outlives this test
    }

    private static TableView<ResetRequest> resets(FxRobot robot) {
        return robot.lookup("#resetTable").queryAs(TableView.class);
    }
}
