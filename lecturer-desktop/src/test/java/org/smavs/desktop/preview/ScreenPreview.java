package org.smavs.desktop.preview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.smavs.desktop.admin.AnalyticsView;
import org.smavs.desktop.admin.AnalyticsViewModel;
import org.smavs.desktop.admin.AuditView;
import org.smavs.desktop.admin.AuditViewModel;
import org.smavs.desktop.course.CourseStudentsViewModel;
import org.smavs.desktop.course.CoursesView;
import org.smavs.desktop.course.CoursesViewModel;
import org.smavs.desktop.course.TimetableViewModel;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CourseStaffMember;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.timetable.Meeting;
import org.smavs.desktop.dashboard.DashboardView;
import org.smavs.desktop.dashboard.DashboardViewModel;
import org.smavs.desktop.report.ExportViewModel;
import org.smavs.desktop.review.ReviewView;
import org.smavs.desktop.review.ReviewViewModel;
import org.smavs.desktop.session.LiveFeed;
import org.smavs.desktop.session.ProjectorView;
import org.smavs.desktop.session.ProjectorViewModel;
import org.smavs.desktop.session.RosterView;
import org.smavs.desktop.session.RosterViewModel;
import org.smavs.desktop.session.SessionsView;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.Navigator;
import org.smavs.desktop.shell.Screen;
import org.smavs.desktop.shell.Styles;
import org.smavs.desktop.session.SessionsViewModel;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.admin.Analytics;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.KioskErrorRate;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.session.CourseStats;
import org.smavs.model.session.Dashboard;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A design tool, run on demand (not a test): renders each screen with in-memory data (no server) to PNGs in the
 * folder given as the first argument (default {@code target/preview}), for a quick look at layout and styling
 * after a change to a view or the stylesheet. How to run it: {@code docs/screenshots/README.md}.
 */
public final class ScreenPreview {
    private final FakeBackend backend = richBackend();
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final Path dir;
    private Stage stage;

    private ScreenPreview(Path dir) {
        this.dir = dir;
    }

    public static void main(String[] args) throws Exception {
        ScreenPreview preview = new ScreenPreview(Path.of(args.length > 0 ? args[0] : "target/preview"));
        preview.stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupStage(stage -> {
            stage.setScene(new Scene(new javafx.scene.layout.StackPane(), 1360, 860));
            stage.getScene().getStylesheets().add(Styles.stylesheet());
            stage.show();
        });
        preview.renderScreens(new FxRobot());
        System.out.println("Previews saved in " + preview.dir.toAbsolutePath());
        System.exit(0);
    }

    private void renderScreens(FxRobot robot) throws Exception {
        Clock clock = Clock.fixed(Fixtures.NOW.toInstant(), ZoneOffset.UTC);
        Navigator navigator = new Navigator() {
            @Override public void openTab(String key, String title, Supplier<Screen> screen) { }
            @Override public void openWindow(String title, Screen screen, double w, double h) { }
            @Override public void reviewRecord(long recordId) { }
        };
        FileDialogs files = new FileDialogs() {
            @Override public Optional<Path> chooseSaveTarget(String t, String s, String e) { return Optional.empty(); }
            @Override public Optional<Path> chooseFileToOpen(String t, String e) { return Optional.empty(); }
        };
        Session open = backend.sessions.get(0);
        LiveFeed liveNow = (id, listener) -> {
            listener.onStateChanged(LiveFeed.State.LIVE, "live");
            return () -> { };
        };
        render(robot, "dashboard", () -> new DashboardView(new DashboardViewModel(backend, executor, clock)));
        render(robot, "sessions", () -> new SessionsView(new SessionsViewModel(backend, executor),
                new ExportViewModel(backend, files, executor), navigator, s -> null, clock));
        RosterViewModel roster = new RosterViewModel(open, backend, liveNow, executor);
        render(robot, "roster", () -> new RosterView(roster, navigator, () -> null));
        render(robot, "projector", () -> new ProjectorView(new ProjectorViewModel(open.id(), backend, executor, clock), roster));
        render(robot, "review", () -> new ReviewView(new ReviewViewModel(backend, executor)));
        render(robot, "analytics", () -> new AnalyticsView(new AnalyticsViewModel(backend, executor)));
        render(robot, "audit", () -> new AuditView(new AuditViewModel(backend, executor)));
        User admin = Fixtures.user(1, "admin@smavs.com", Role.ADMIN);
        Supplier<Screen> courses = () -> {
            CoursesViewModel model = new CoursesViewModel(backend, executor, admin, true);
            return new CoursesView(model, new CourseStudentsViewModel(backend, executor, model::replace),
                    new TimetableViewModel(backend, executor, true), files, clock);
        };
        render(robot, "courses", courses);
        // the course's sub-tabs exist once the split pane has its skin, i.e. after the first render
        robot.interact(() -> ((javafx.scene.control.TabPane) stage.getScene().lookup("#courseTabs"))
                .getSelectionModel().select(2));
        snapshot(robot, "timetable");
    }

    private void render(FxRobot robot, String name, Supplier<Screen> screen) throws IOException {
        Files.createDirectories(dir);
        robot.interact(() -> stage.getScene().setRoot(screen.get().root()));
        snapshot(robot, name);
    }

    private void snapshot(FxRobot robot, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        robot.sleep(300);
        robot.interact(() -> image[0] = stage.getScene().snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", dir.resolve(name + ".png").toFile());
        System.out.println("saved " + name + ".png");
    }

    private static FakeBackend richBackend() {
        FakeBackend b = new FakeBackend();
        OffsetDateTime now = Fixtures.NOW;
        b.sessions.add(Fixtures.withCounts(Fixtures.session(5, "CS101 Lecture 9 — Graphs", SessionStatus.ACTIVE, now.minusMinutes(20)), 48, 3));
        b.sessions.add(Fixtures.withCounts(Fixtures.session(4, "CS101 Lab 4", SessionStatus.CLOSED, now.minusHours(4)), 25, 1));
        b.sessions.add(Fixtures.withCounts(Fixtures.session(3, "CS101 Lecture 8 — Trees", SessionStatus.CLOSED, now.minusDays(2)), 51, 0));
        b.sessions.add(Fixtures.withCounts(Fixtures.session(2, "CS101 Lecture 7", SessionStatus.EXPIRED, now.minusDays(5)), 44, 2));
        b.records.put(5L, List.of(Fixtures.record(1, 5, AttendanceStatus.PRESENT, 5),
                Fixtures.record(2, 5, AttendanceStatus.FLAGGED, 72, ReasonCode.OUTSIDE_GEOFENCE, ReasonCode.LOW_GPS_ACCURACY),
                Fixtures.record(3, 5, AttendanceStatus.PRESENT, 0),
                Fixtures.record(4, 5, AttendanceStatus.FLAGGED, 91, ReasonCode.FACE_MISMATCH),
                Fixtures.record(6, 5, AttendanceStatus.REJECTED, 95, ReasonCode.DUPLICATE_FACE_IN_SESSION)));
        b.dashboard = new Dashboard(4, 1, 168, 6, 0.86, List.of(new CourseStats(1L, "CS101", "Intro CS", 4, 168, 0.86),
                new CourseStats(2L, "MA201", "Linear Algebra", 3, 90, 0.72)));
        b.qr = new QrToken("v1.5.12345.abcdefabcdef.signature", now.plusSeconds(15), 15, "K7Q2XP");
        b.analytics = new Analytics(Map.of("student", 120L, "lecturer", 6L, "admin", 2L), 40, 1, 2300, 0.07,
                Map.of("OUTSIDE_GEOFENCE", 60L, "FACE_MISMATCH", 22L, "LATE", 40L, "LIVENESS_FAILED", 9L),
                List.of(new KioskErrorRate(1, "LT-1 entrance", 400, 12, 0.03), new KioskErrorRate(2, "LT-2", 300, 30, 0.1)),
                Map.of("9", 300L, "10", 420L, "11", 380L, "14", 510L, "15", 200L));
        for (long i = 1; i <= 8; i++) {
            b.auditEvents.add(new AuditEvent(i, now.minusMinutes(60 - i), 2L, "lecturer", "session.create", "session",
                    Long.toString(i), "created session", "req-" + i, "hash" + i));
        }
        addCourses(b);
        return b;
    }

    /** Two courses with staff, students, rooms and a weekly timetable, for the Courses tab. */
    private static void addCourses(FakeBackend b) {
        b.settings = new org.smavs.model.admin.Settings(0.5, 0.6, 15, 1, 30, 80, 10, "Europe/London");
        b.users.add(new User(7, "lecturer@smavs.com", "Dr Lena Lecturer", Role.LECTURER, true, null, Fixtures.NOW,
                false, false));
        b.users.add(new User(8, "tess@smavs.com", "Tess Assistant", Role.LECTURER, true, null, Fixtures.NOW, false,
                false));
        String[] names = {"Amara Okafor", "Ben Hughes", "Chen Wei", "Dana Levi", "Emil Novak", "Fatima Zahra"};
        List<User> students = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            User student = new User(30 + i, names[i].toLowerCase().replace(' ', '.') + "@smavs.com", names[i],
                    Role.STUDENT, true, "S100" + (2 + i), Fixtures.NOW, false, false);
            b.users.add(student);
            students.add(student);
        }
        b.courseList.clear();
        b.courseList.add(new Course(1, "CS101", "Algorithms", 7L, students.size(), UnenrolledCheckIns.FLAG, false, 10,
                List.of(new CourseStaffMember(8, "Tess Assistant", CourseRole.TEACHING_ASSISTANT))));
        b.courseList.add(new Course(2, "MA120", "Calculus", 7L, 3));
        b.enrolments.put(1L, new java.util.ArrayList<>(students));
        b.roomList.add(new Room(3, "LT-2", "Main building", 51.7548, -1.2544, 60));
        b.roomList.add(new Room(4, "Lab 1", "Science park", 51.7601, -1.2590, 40));
        java.time.LocalDate first = java.time.LocalDate.of(2027, 1, 11);
        b.meetingList.add(new Meeting(1, 1, 1, "09:15", 50, 3L, first, first.plusWeeks(10), false, 11));
        b.meetingList.add(new Meeting(2, 1, 4, "14:00", 110, 4L, first.plusDays(3), first.plusWeeks(10), true, 11));
    }
}
