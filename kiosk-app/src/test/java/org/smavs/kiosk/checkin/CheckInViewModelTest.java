package org.smavs.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.camera.CameraService;
import org.smavs.kiosk.camera.Coaching;
import org.smavs.kiosk.camera.ImageFolderFrameSource;
import org.smavs.kiosk.queue.OfflineQueue;
import org.smavs.kiosk.queue.QueueCipher;
import org.smavs.kiosk.session.LastSessionStore;
import org.smavs.kiosk.session.SessionViewModel;
import org.smavs.kiosk.shell.ConnectionState;
import org.smavs.kiosk.shell.StatusViewModel;
import org.smavs.kiosk.testing.DirectUiExecutor;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.MutableClock;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.kiosk.Challenge;
import org.smavs.model.kiosk.OfflineCheckIn;

class CheckInViewModelTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T14:00:00Z"));
    private final FakeKioskServer server = new FakeKioskServer(clock);
    private final StatusViewModel status = new StatusViewModel();
    private CameraService camera;
    private OfflineQueue queue;
    private int recorded;

    private CheckInViewModel start(Path cameraFolder) throws Exception {
        DirectUiExecutor executor = new DirectUiExecutor();
        SessionViewModel session = new SessionViewModel(server, executor, clock, status, "Room B101", () -> { },
                new LastSessionStore(dir, 3, 7));
        session.tick();
        camera = new CameraService(new ImageFolderFrameSource(cameraFolder, Duration.ofMillis(10)), Duration.ofMillis(50));
        camera.start();
        queue = OfflineQueue.open(dir.resolve("data"),
                QueueCipher.fromKeyFile(dir.resolve("data-key"), new SecureRandom()));
        CheckInService service = new CheckInService(server, queue, clock, new SecureRandom());
        return new CheckInViewModel(service, camera, new BurstCapture(camera, 3, Duration.ofMillis(40)),
                new PassScanner(), session::activeSessionId, executor, clock, CheckInTimings.standard(), status,
                () -> recorded++, () -> { });
    }

    private CheckInViewModel startWithPlainCamera() throws Exception {
        Path folder = dir.resolve("camera");
        TestPictures.scene(folder, "a.png", 150);
        CheckInViewModel model = start(folder);
        await().until(() -> camera.latest() != null && camera.coaching() == Coaching.OK);
        return model;
    }

    @AfterEach
    void stop() throws Exception {
        if (camera != null) {
            camera.close();
        }
        if (queue != null) {
            queue.close();
        }
    }

    private static void typeNumberAndPin(CheckInViewModel model, String number, String pin) {
        model.chooseNumberEntry();
        model.studentNumberProperty().set(number);
        model.pinProperty().set(pin);
        model.submitNumber();
    }

    @Test
    void numberAndPinLeadThroughTheChallengeToPresent() throws Exception {
        CheckInViewModel model = startWithPlainCamera();
        typeNumberAndPin(model, "S1001", "1234");

        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.PREPARING);
        assertThat(model.challengeProperty().get()).isEqualTo(Challenge.TURN_LEFT);
        assertThat(model.headlineProperty().get()).isEqualTo("Turn your head to the left");
        assertThat(model.countdownProperty().get()).isEqualTo("3");
        assertThat(model.pinProperty().get()).as("PIN cleared from the screen").isEmpty();

        clock.advance(Duration.ofSeconds(2));
        model.tick();
        assertThat(model.countdownProperty().get()).isEqualTo("1");

        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.RESULT);
        assertThat(model.headlineProperty().get()).isEqualTo("Sam Student");
        assertThat(model.detailProperty().get()).isEqualTo("You are marked present");
        assertThat(server.framesPerCheckIn()).containsExactly(3);
        assertThat(recorded).isEqualTo(1);

        clock.advance(Duration.ofSeconds(6));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.READY);
    }

    @Test
    void aFlaggedRecordSaysInOneLineWhyTheLecturerWillCheckIt() throws Exception {
        server.setVerdict(AttendanceStatus.FLAGGED, List.of(ReasonCode.LATE, ReasonCode.FACE_MISMATCH));
        CheckInViewModel model = startWithPlainCamera();
        typeNumberAndPin(model, "S1001", "1234");
        clock.advance(Duration.ofSeconds(3));
        model.tick();

        assertThat(model.resultStatusProperty().get()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(model.detailProperty().get())
                .isEqualTo("Your lecturer will check this: the face did not match your photo");
    }

    @Test
    void aWrongPinKeepsTheNumberAndAsksForThePinAgain() throws Exception {
        CheckInViewModel model = startWithPlainCamera();
        typeNumberAndPin(model, "S1001", "9999");

        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.ENTERING_NUMBER);
        assertThat(model.studentNumberProperty().get()).isEqualTo("S1001");
        assertThat(model.pinProperty().get()).isEmpty();
        assertThat(model.detailProperty().get()).contains("Type your PIN again");
        assertThat(model.pinFocusRequestsProperty().get()).isEqualTo(1);
    }

    @Test
    void withoutTheServerTheCheckInIsQueuedAndToldItWillBeCheckedLater() throws Exception {
        CheckInViewModel model = startWithPlainCamera();
        server.setReachable(false);
        typeNumberAndPin(model, "S1001", "1234");
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.PREPARING);

        clock.advance(Duration.ofSeconds(3));
        model.tick();

        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.SAVED_OFFLINE);
        assertThat(model.headlineProperty().get()).isEqualTo("Not checked yet");
        assertThat(model.detailProperty().get()).contains("will be checked when the connection is back")
                .doesNotContain("recorded").doesNotContain("present");
        assertThat(status.connectionProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(queue.peek(5)).singleElement().satisfies(item -> {
            assertThat(item.studentNumber()).isEqualTo("S1001");
            assertThat(item.sessionId()).isEqualTo(FakeKioskServer.SESSION_ID);
            assertThat(item.frames()).hasSize(3);
            assertThat(item.capturedAt().toInstant()).isEqualTo(clock.instant());
        });
    }

    @Test
    void aPassHeldUpToTheCameraStartsTheCheckIn() throws Exception {
        Path folder = dir.resolve("camera");
        TestPictures.passQr(folder, "pass.png", "PASS-S1001-signed");
        CheckInViewModel model = start(folder);
        await().until(() -> camera.latest() != null && camera.coaching() == Coaching.OK);

        model.tick();

        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.PREPARING);
        clock.advance(Duration.ofSeconds(3));
        model.tick();
        assertThat(model.headlineProperty().get()).isEqualTo("Sam Student");
        clock.advance(Duration.ofSeconds(6));
        model.tick();
        clock.advance(Duration.ofSeconds(1));
        await().until(() -> camera.latest().sequence() > 5);
        model.tick();
        assertThat(model.stageProperty().get()).as("the same pass does not check in twice").isEqualTo(CheckInStage.READY);
    }

    @Test
    void withoutACameraTheStudentIsToldInsteadOfACrash() throws Exception {
        CheckInViewModel model = start(dir.resolve("no-such-camera"));
        await().until(() -> !camera.status().message().startsWith("Starting"));
        typeNumberAndPin(model, "S1001", "1234");

        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.FAILED);
        assertThat(model.detailProperty().get()).contains("camera is not working");
    }

    @Test
    void offlineItemsCarryAnIdempotencyKey() throws Exception {
        CheckInViewModel model = startWithPlainCamera();
        server.setReachable(false);
        typeNumberAndPin(model, "S1001", "1234");
        clock.advance(Duration.ofSeconds(3));
        model.tick();

        assertThat(queue.peek(1)).extracting(OfflineCheckIn::idempotencyKey).allMatch(key -> key.length() >= 32);
    }

    @Test
    void aHalfTypedNumberAndPinAreWipedAfterThirtySecondsWithoutAKey() throws Exception {
        CheckInViewModel model = startWithPlainCamera();
        model.chooseNumberEntry();
        model.studentNumberProperty().set("S10");
        clock.advance(Duration.ofSeconds(20));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.ENTERING_NUMBER);
        model.studentNumberProperty().set("S1001"); // typing again restarts the wait
        model.pinProperty().set("12");
        clock.advance(Duration.ofSeconds(20));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.ENTERING_NUMBER);

        clock.advance(Duration.ofSeconds(11));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.READY);
        assertThat(model.studentNumberProperty().get()).isEmpty();
        assertThat(model.pinProperty().get()).isEmpty();
    }

    /** A check-in whose countdown has just ended in front of a dark camera picture. */
    private CheckInViewModel countedDownInTheDark(Path folder) throws Exception {
        TestPictures.scene(folder, "a.png", 20);
        CheckInViewModel model = start(folder);
        await().until(() -> camera.coaching() == Coaching.MORE_LIGHT);
        typeNumberAndPin(model, "S1001", "1234");
        clock.advance(Duration.ofSeconds(3));
        model.tick();
        return model;
    }

    @Test
    void afterTheCountdownTheBurstWaitsForAGoodPicture() throws Exception {
        Path folder = dir.resolve("camera");
        CheckInViewModel model = countedDownInTheDark(folder);

        assertThat(model.stageProperty().get()).as("no burst on a dark picture").isEqualTo(CheckInStage.PREPARING);
        assertThat(model.detailProperty().get())
                .isEqualTo("More light, please — the pictures are taken once the camera sees one face clearly.");
        assertThat(model.countdownProperty().get()).isEmpty();

        TestPictures.scene(folder, "b.png", 150); // the lights go on (a new name: the folder is re-read)
        java.nio.file.Files.delete(folder.resolve("a.png"));
        await().until(() -> camera.coaching() == Coaching.OK);
        clock.advance(Duration.ofSeconds(1));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.RESULT);
        assertThat(server.framesPerCheckIn()).as("one burst reached the server").hasSize(1);
    }

    @Test
    void aPictureThatNeverGetsGoodIsTakenAnywayAfterTheWaitWithTheReasonShown() throws Exception {
        CheckInViewModel model = countedDownInTheDark(dir.resolve("camera"));
        clock.advance(CheckInTimings.STANDARD_FRAMING_WAIT.minusMillis(1));
        model.tick();
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.PREPARING);

        java.util.List<String> details = new java.util.ArrayList<>();
        model.detailProperty().addListener((o, before, now) -> details.add(now));
        clock.advance(Duration.ofMillis(1));
        model.tick();

        assertThat(details).contains("Pictures taken anyway — the camera could not see one face clearly"
                + " (More light, please).");
        assertThat(model.stageProperty().get()).isEqualTo(CheckInStage.RESULT);
        assertThat(server.framesPerCheckIn()).as("one burst reached the server").hasSize(1);
    }
}
