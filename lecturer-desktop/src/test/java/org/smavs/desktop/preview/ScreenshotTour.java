package org.smavs.desktop.preview;

import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.smavs.client.ApiClient;
import org.smavs.desktop.testing.DemoData;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.StaffAssignment;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.timetable.MeetingRequest;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.session.Session;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A documentation tool, run on demand (not a test): walks through every main screen of the real app against a
 * real in-process server with demo data and saves {@code desktop-<screen>.png} into the folder given as the
 * first argument (default {@code target/screenshots}). How to run it: {@code docs/screenshots/README.md}.
 */
public final class ScreenshotTour {
    private final Path out;
    private Session open;
    private String baseUrl;

    private ScreenshotTour(Path out) {
        this.out = out;
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        FxToolkit.registerPrimaryStage();
        Path dataDir = Files.createTempDirectory("smavs-desktop-tour");
        no.nav.security.mock.oauth2.MockOAuth2Server provider = new no.nav.security.mock.oauth2.MockOAuth2Server();
        provider.start();
        try (TestServer server = TestServer.startWithSingleSignOn(new org.smavs.server.config.OidcSettings(
                provider.issuerUrl("uni").toString(), "smavs-desktop", "secret", java.util.List.of(), false,
                java.util.List.of(), "Demo University"))) {
            DesktopHarness harness = new DesktopHarness(server.baseUrl(), dataDir);
            FxToolkit.setupStage(harness::start);
            FxRobot robot = new FxRobot();
            ScreenshotTour tour = new ScreenshotTour(out);
            tour.open = DemoData.seed(server.baseUrl());
            org.smavs.client.ApiClient student = new org.smavs.client.ApiClient(server.baseUrl());
            student.auth().login(TestServer.STUDENT, TestServer.STUDENT_PASSWORD);
            student.student().submitExcuse(tour.open.id(), "Hospital appointment in the morning; the letter is attached.",
                    "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    "letter.pdf");
            tour.baseUrl = server.baseUrl();
            tour.tour(robot);
            harness.stop(robot);
        } finally {
            provider.shutdown();
        }
        System.out.println("Screenshots saved in " + out.toAbsolutePath());
        System.exit(0);
    }

    /** A teaching assistant and two weekly meetings in the demo course, so the Courses tab has something to show. */
    private static void timetable(String baseUrl) {
        ApiClient admin = new ApiClient(baseUrl);
        admin.auth().login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        Course course = admin.admin().courses().get(0);
        long assistant = admin.admin().createUser(new CreateUserRequest("tess.assistant@smavs.com", "assistant-123",
                "Tess Assistant", Role.LECTURER, null, null)).id();
        admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, null, 10, null,
                List.of(new StaffAssignment(assistant, CourseRole.TEACHING_ASSISTANT))));
        List<Room> rooms = admin.admin().rooms();
        LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        long lecturer = course.lecturerId();
        admin.admin().createCourse(new CreateCourseRequest("CS201", "Data Structures", lecturer));
        admin.admin().createCourse(new CreateCourseRequest("MA120", "Calculus for Computing", lecturer));
        Course old = admin.admin().createCourse(new CreateCourseRequest("CS100", "Programming (2025/26)", lecturer));
        admin.admin().updateCourse(old.id(), new UpdateCourseRequest(null, null, null, true, null, null, null));
        admin.lecturer().addMeeting(course.id(), new MeetingRequest(1, "09:15", 50, rooms.get(0).id(), monday,
                monday.plusWeeks(10), false));
        admin.lecturer().addMeeting(course.id(), new MeetingRequest(4, "14:00", 110, rooms.get(rooms.size() - 1).id(),
                monday.plusDays(3), monday.plusWeeks(10), true));
    }

    private void tour(FxRobot robot) throws IOException {
        robot.interact(() -> robot.lookup("#emailField").queryAs(javafx.scene.control.TextInputControl.class)
                .setText(TestServer.LECTURER));
        waitUntil(() -> robot.lookup("#universityButton").queryAs(javafx.scene.control.Button.class).isVisible());
        shoot(robot, "login");

        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        waitUntil(() -> !DesktopHarness.textOf(robot, "#totalSessions").equals("–"));
        shoot(robot, "dashboard");
        robot.clickOn("#twoStepButton");
        shootDialog(robot, "two-step", "Two-step sign-in");

        selectTab(robot, "#mainTabs", "sessionsTab");
        TableView<Session> sessions = robot.lookup("#sessionsTable").queryAs(TableView.class);
        waitUntil(() -> sessions.getItems().size() >= 3);
        robot.interact(() -> sessions.getSelectionModel().select(
                sessions.getItems().stream().filter(s -> s.id() == open.id()).findFirst().orElseThrow()));
        shoot(robot, "sessions");

        robot.clickOn("#newSessionButton");
        robot.interact(() -> {
            robot.lookup("#sessionTitleField").queryAs(TextInputControl.class).setText("CS101 Lecture 10 — Shortest paths");
            robot.lookup("#courseChoice").queryAs(ComboBox.class).getSelectionModel().select(1);
            robot.lookup("#roomChoice").queryAs(ComboBox.class).getSelectionModel().select(1);
        });
        robot.sleep(300);
        shootDialog(robot, "create-session", "New session");

        robot.clickOn("#exportCourseButton");
        robot.interact(() -> robot.lookup("#exportCourseChoice").queryAs(ComboBox.class).getSelectionModel().select(0));
        robot.sleep(300);
        shootDialog(robot, "course-export", "Export a course");

        robot.clickOn("#openRosterButton");
        waitUntil(() -> robot.lookup("#rosterTable").queryAs(TableView.class).getItems().size() >= 6);
        robot.sleep(800);
        shoot(robot, "roster");

        robot.clickOn("#manualMarkButton");
        waitUntil(() -> robot.lookup("#manualSearch").tryQuery().isPresent());
        robot.interact(() -> {
            robot.lookup("#manualSearch").queryAs(TextInputControl.class).setText("sam");
            robot.lookup("#manualNote").queryAs(TextInputControl.class).setText("Phone battery dead; seen in class.");
        });
        robot.sleep(300);
        shootDialog(robot, "manual-mark", "Mark a student by hand");

        robot.clickOn("#projectorButton");
        waitUntil(() -> projector(robot) != null && !DesktopHarness.textOf(robot, "#projectorCode").endsWith("…"));
        robot.sleep(500);
        save(robot, "projector", projector(robot).getScene());
        robot.interact(() -> ((Stage) projector(robot)).close());

        selectTab(robot, "#mainTabs", "reviewTab");
        robot.clickOn("#refreshReview");
        TableView<AttendanceRecord> queue = robot.lookup("#reviewQueue").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().stream().anyMatch(r -> "Amara Okafor".equals(r.studentName())));
        robot.interact(() -> queue.getSelectionModel().select(queue.getItems().stream()
                .filter(r -> "Amara Okafor".equals(r.studentName())).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#referenceView").queryAs(ImageView.class).getImage() != null
                && robot.lookup("#selfieView").queryAs(ImageView.class).getImage() != null);
        robot.sleep(500);
        shoot(robot, "review");

        selectTab(robot, "#mainTabs", "excusesTab");
        TableView<org.smavs.model.excuse.Excuse> excuses = robot.lookup("#excuseTable").queryAs(TableView.class);
        waitUntil(() -> !excuses.getItems().isEmpty());
        robot.interact(() -> excuses.getSelectionModel().select(0));
        waitUntil(() -> DesktopHarness.textOf(robot, "#excuseEvidenceLabel").startsWith("A PDF"));
        shoot(robot, "excuses");

        timetable(baseUrl); // only now, so the sessions it creates do not crowd the Sessions picture
        selectTab(robot, "#mainTabs", "coursesTab");
        TableView<Course> courses = robot.lookup("#courseTable").queryAs(TableView.class);
        waitUntil(() -> !courses.getItems().isEmpty());
        robot.interact(() -> courses.getSelectionModel().select(0));
        selectTab(robot, "#courseTabs", "courseTimetableTab");
        TableView<?> meetings = robot.lookup("#meetingTable").queryAs(TableView.class);
        waitUntil(() -> meetings.getItems().size() >= 2);
        robot.interact(() -> meetings.getSelectionModel().select(0));
        robot.sleep(300);
        shoot(robot, "timetable");
        robot.clickOn("#editMeetingButton");
        shootDialog(robot, "meeting", "Edit meeting");

        robot.clickOn("#signOutButton");
        waitUntil(() -> robot.lookup("#signInButton").tryQuery().isPresent());
        DesktopHarness.signInAndWait(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        selectTab(robot, "#mainTabs", "adminTab");
        waitUntil(() -> robot.lookup("#usersTable").queryAs(TableView.class).getItems().size() > 3);
        shoot(robot, "admin-users");
        adminTab(robot, "adminResetsTab", "#resetTable", "admin-device-resets");
        adminTab(robot, "adminRoomsTab", "#roomTable", "admin-rooms-kiosks");
        selectTab(robot, "#adminTabs", "adminAnalyticsTab");
        waitUntil(() -> !DesktopHarness.textOf(robot, "#flagRate").isEmpty());
        robot.sleep(500);
        shoot(robot, "admin-analytics");
        adminTab(robot, "adminAuditTab", "#auditTable", null);
        robot.clickOn("#verifyChainButton");
        waitUntil(() -> DesktopHarness.textOf(robot, "#chainVerdict").startsWith("Chain"));
        shoot(robot, "admin-audit");
        selectTab(robot, "#adminTabs", "adminSettingsTab");
        waitUntil(() -> !DesktopHarness.textOf(robot, "#faceThreshold").isEmpty());
        shoot(robot, "admin-settings");

        selectTab(robot, "#mainTabs", "coursesTab");
        TableView<Course> all = robot.lookup("#courseTable").queryAs(TableView.class);
        waitUntil(() -> !all.getItems().isEmpty());
        robot.interact(() -> all.getSelectionModel().select(0));
        waitUntil(() -> robot.lookup("#courseStudentTable").queryAs(TableView.class).getItems().size() >= 8);
        robot.sleep(300);
        shoot(robot, "courses");
        robot.clickOn("#importEnrolmentsButton");
        shootDialog(robot, "course-import", "Enrol from a CSV file");
    }

    private void adminTab(FxRobot robot, String tabId, String table, String name) throws IOException {
        selectTab(robot, "#adminTabs", tabId);
        waitUntil(() -> robot.lookup(table).tryQueryAs(TableView.class).map(t -> !t.getItems().isEmpty()).orElse(false));
        robot.sleep(300);
        if (name != null) {
            shoot(robot, name);
        }
    }

    /** Saves the open dialog titled {@code title}, then cancels it. */
    private void shootDialog(FxRobot robot, String name, String title) throws IOException {
        waitUntil(() -> window(robot, title) != null);
        save(robot, name, window(robot, title).getScene());
        robot.interact(() -> ((javafx.scene.control.Button) ((javafx.scene.control.DialogPane) window(robot, title).getScene()
                .getRoot()).lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
    }

    private static Window window(FxRobot robot, String title) {
        return robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage stage && title.equals(stage.getTitle()) && stage.isShowing())
                .findFirst().orElse(null);
    }

    private static Window projector(FxRobot robot) {
        return robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage stage && stage.getTitle() != null && stage.getTitle().startsWith("Projector"))
                .findFirst().orElse(null);
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        Window main = robot.listTargetWindows().stream()
                .filter(w -> w instanceof Stage stage && "SMAVS — Lecturer desktop".equals(stage.getTitle()))
                .findFirst().orElseThrow();
        save(robot, name, main.getScene());
    }

    private void save(FxRobot robot, String name, Scene scene) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Files.createDirectories(out);
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", out.resolve("desktop-" + name + ".png").toFile());
        System.out.println("saved desktop-" + name + ".png");
    }

    private static void selectTab(FxRobot robot, String tabPaneQuery, String tabId) {
        robot.interact(() -> {
            TabPane tabs = robot.lookup(tabPaneQuery).queryAs(TabPane.class);
            Tab tab = tabs.getTabs().stream().filter(t -> tabId.equals(t.getId())).findFirst().orElseThrow();
            tabs.getSelectionModel().select(tab);
        });
    }
}
