package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;
import static org.smavs.kiosk.KioskUiTestSupport.awaitVisible;
import static org.smavs.kiosk.KioskUiTestSupport.text;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.client.ApiClient;
import org.smavs.client.AttendanceSubmission;
import org.smavs.kiosk.backend.ApiKioskBackend;
import org.smavs.kiosk.checkin.FlagExplanation;
import org.smavs.kiosk.checkin.PassScanner;
import org.smavs.kiosk.testing.RealServer;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.admin.Room;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.session.Session;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The kiosk against the real server: idle, session + QR, check-in by phone pass, and the offline path. */
@ExtendWith(ApplicationExtension.class)
class KioskWithServerUiTest {
    @TempDir
    Path dir;
    private RealServer server;
    private Stage stage;
    private KioskApp app;
    private KioskCredential credential;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void startServerAndEnrolKiosk() throws Exception {
        server = new RealServer(dir.resolve("server"));
        credential = server.enrolKiosk(dir.resolve("data"));
        TestPictures.scene(dir.resolve("camera"), "scene.png", 140);
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
        server.close();
    }

    private void launch(FxRobot robot, Path camera) throws Exception {
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, new ApiKioskBackend(Duration.ofSeconds(3)));
    }

    @Test
    void withoutASessionInItsRoomTheKioskIsIdle(FxRobot robot) throws Exception {
        launch(robot, dir.resolve("camera"));

        awaitText(robot, "#idleMessage", "No class is running in this room right now");
        assertThat(text(robot, "#idleRoom")).isEqualTo(credential.roomName());
        awaitText(robot, "#connectionStatus", "Connected");
    }

    @Test
    void theRoomsSessionIsShownWithItsCodeAndTheServersRotatingQr(FxRobot robot) throws Exception {
        Session session = server.startSessionInDemoRoom();
        launch(robot, dir.resolve("camera"));

        awaitText(robot, "#courseName", server.demoCourse().name());
        assertThat(text(robot, "#sessionCode")).isEqualTo(session.code());
        assertThat(text(robot, "#lecturerName")).isNotBlank();
        await().atMost(10, TimeUnit.SECONDS).until(() -> decodeShownQr(robot).isPresent());
        String first = decodeShownQr(robot).orElseThrow();

        // the QR moves on by itself, and what a phone reads from the screen is accepted by the server
        await().atMost(20, TimeUnit.SECONDS).until(() -> decodeShownQr(robot).filter(t -> !t.equals(first)).isPresent());
        String shown = decodeShownQr(robot).orElseThrow();
        Room room = server.demoRoom();
        ApiClient student = server.login("student@smavs.com", "student123");
        AttendanceRecord record = student.student().submitAttendance(new AttendanceSubmission(null, shown,
                "kiosk-test-phone-2", room.latitude(), room.longitude(), 5.0, null, null, null));
        assertThat(record.sessionId()).isEqualTo(session.id());
    }

    @Test
    void aPhonePassShownToTheCameraChecksTheStudentInOnTheServer(FxRobot robot) throws Exception {
        Session session = server.startSessionInDemoRoom();
        ApiClient student = server.login("student@smavs.com", "student123");
        student.student().bindDevice(new BindDeviceRequest("kiosk-test-phone-1", null, "android", "Pixel"));
        Path camera = dir.resolve("pass-camera");
        TestPictures.passQr(camera, "pass.png", student.student().checkinPass().pass());
        launch(robot, camera);

        awaitVisible(robot, "#challengeText");
        await().atMost(60, TimeUnit.SECONDS).until(() -> KioskUiTestSupport.visible(robot, "#resultHeadline")
                && "Sam Student".equals(text(robot, "#resultHeadline")));
        String shown = text(robot, "#resultDetail");
        KioskUiTestSupport.assertEveryTextFits(robot);

        List<AttendanceRecord> records = server.lecturer().lecturer().attendance(session.id());
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.source()).isEqualTo(AttendanceSource.KIOSK);
            assertThat(record.studentName()).isEqualTo("Sam Student");
            // the demo student has no reference photo, so the server flags the check-in; the kiosk says why in one line
            assertThat(record.flags()).isNotEmpty();
            assertThat(shown).isEqualTo(FlagExplanation.sentence(record.status(), record.flags()))
                    .startsWith("Your lecturer will check this: ");
        });
        awaitText(robot, "#liveCount", "1");
    }

    @Test
    void checkInsTakenWhileTheServerIsDownSurviveAKioskRestartAndSyncOnce(FxRobot robot) throws Exception {
        server.addStudent("ada@uni.test", "Ada Student", "S2002", "2222");
        server.addStudent("alan@uni.test", "Alan Student", "S2003", "3333");
        Session session = server.startSessionInDemoRoom();
        launch(robot, dir.resolve("camera"));
        awaitText(robot, "#courseName", server.demoCourse().name());

        server.stop();
        checkInByNumber(robot, "S1001", "1234");
        checkInByNumber(robot, "S2002", "2222");
        checkInByNumber(robot, "S2003", "3333");
        awaitText(robot, "#connectionStatus", "Offline · 3 check-ins wait for the server");

        KioskUiTestSupport.stop(robot, app);
        launch(robot, dir.resolve("camera"));
        awaitText(robot, "#connectionStatus", "Offline · 3 check-ins wait for the server");

        server.restart();
        ApiClient lecturer = server.lecturer();
        await().atMost(60, TimeUnit.SECONDS).until(() -> lecturer.lecturer().attendance(session.id()).size() == 3);
        awaitText(robot, "#connectionStatus", "Connected");
        Thread.sleep(1500); // more sync rounds: nothing may arrive twice
        List<AttendanceRecord> records = lecturer.lecturer().attendance(session.id());
        assertThat(records).hasSize(3)
                .allSatisfy(record -> assertThat(record.flags()).contains(ReasonCode.OFFLINE_CAPTURE))
                .extracting(AttendanceRecord::studentNumber).containsExactlyInAnyOrder("S1001", "S2002", "S2003");
        assertThat(app.queue().queuedCount()).isZero();
    }

    @Test
    void anOfflineCheckInTheServerRefusesLaterStaysVisibleForStaff(FxRobot robot) throws Exception {
        Session session = server.startSessionInDemoRoom();
        launch(robot, dir.resolve("camera"));
        awaitText(robot, "#courseName", server.demoCourse().name());

        server.stop();
        // offline the kiosk cannot know the PIN is wrong: the student is told it will be checked, not that it counted
        KioskUiTestSupport.checkInWithNumberAndPin(robot, "S1001", "9999");
        awaitText(robot, "#resultHeadline", "Not checked yet");
        assertThat(text(robot, "#resultDetail")).isEqualTo("The server cannot be reached. Your check-in is kept on this"
                + " kiosk and will be checked when the connection is back.");
        KioskUiTestSupport.assertEveryTextFits(robot);
        await().atMost(5, TimeUnit.SECONDS).until(() -> !KioskUiTestSupport.visible(robot, "#resultScreen"));
        assertThat(KioskUiTestSupport.visible(robot, "#offlineRefused")).isFalse();

        server.restart();
        awaitText(robot, "#offlineRefused", "1 offline check-in was refused — ask the lecturer");
        assertThat(app.queue().queuedCount()).isZero();
        assertThat(app.status().refusedDetails()).singleElement().asString()
                .endsWith(", student number + PIN: Student number or PIN is not right");
        KioskUiTestSupport.assertEveryTextFits(robot);
        assertThat(server.lecturer().lecturer().attendance(session.id())).isEmpty();
        // the lecturer or an admin finds it with its session in the audit log
        assertThat(server.admin().admin().audit()).anySatisfy(event -> {
            assertThat(event.action()).isEqualTo("kiosk.offline_refused");
            assertThat(event.targetId()).isEqualTo(Long.toString(session.id()));
        });
    }

    private static void checkInByNumber(FxRobot robot, String number, String pin) {
        KioskUiTestSupport.checkInWithNumberAndPin(robot, number, pin);
        awaitText(robot, "#resultHeadline", "Not checked yet");
        await().atMost(5, TimeUnit.SECONDS).until(() -> !KioskUiTestSupport.visible(robot, "#resultScreen"));
    }

    private static Optional<String> decodeShownQr(FxRobot robot) {
        Image image = robot.lookup("#qrImage").queryAs(ImageView.class).getImage();
        return image == null ? Optional.empty() : new PassScanner().scan(SwingFXUtils.fromFXImage(image, null));
    }
}
