package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.FakeKioskServer.Student;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.attendance.ReasonCode;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Server stopped → 3 check-ins queued → kiosk restarted → server back → all 3 synced exactly once. */
@ExtendWith(ApplicationExtension.class)
class OfflineUiTest {
    @TempDir
    Path dir;
    private final FakeKioskServer server = new FakeKioskServer(Clock.systemUTC());
    private Stage stage;
    private KioskApp app;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
    }

    @Test
    void checkInsTakenOfflineSurviveARestartAndSyncOnce(FxRobot robot) throws Exception {
        server.addStudent(new Student(8, "S1002", "2222", "p2", "Ada Student"));
        server.addStudent(new Student(9, "S1003", "3333", "p3", "Alan Student"));
        Path data = dir.resolve("data");
        Path camera = dir.resolve("camera");
        TestPictures.scene(camera, "scene.png", 140);
        FakeKioskServer.enrolKiosk(data);
        app = KioskUiTestSupport.launch(robot, stage, data, camera, server);
        awaitText(robot, "#courseName", "CS201 Algorithms");

        server.setReachable(false);
        checkInByNumber(robot, "S1001", "1234");
        checkInByNumber(robot, "S1002", "2222");
        checkInByNumber(robot, "S1003", "3333");
        awaitText(robot, "#connectionStatus",
                "Offline · 3 check-ins wait for the server");
        assertThat(server.records()).isEmpty();

        KioskUiTestSupport.stop(robot, app);
        app = KioskUiTestSupport.launch(robot, stage, data, camera, server);
        awaitText(robot, "#connectionStatus",
                "Offline · 3 check-ins wait for the server");

        server.setReachable(true);
        awaitText(robot, "#connectionStatus", "Connected");
        await().atMost(5, TimeUnit.SECONDS).until(() -> server.records().size() == 3);
        Thread.sleep(1000); // several more sync ticks: nothing may be sent again
        assertThat(server.offlineItemsReceived()).isEqualTo(3);
        assertThat(server.records()).hasSize(3)
                .allSatisfy(record -> assertThat(record.flags()).contains(ReasonCode.OFFLINE_CAPTURE));
        assertThat(server.framesPerCheckIn()).containsExactly(4, 4, 4);
        assertThat(app.queue().queuedCount()).isZero();
    }

    private static void checkInByNumber(FxRobot robot, String number, String pin) {
        KioskUiTestSupport.checkInWithNumberAndPin(robot, number, pin);
        awaitText(robot, "#resultHeadline", "Not checked yet");
        await().atMost(5, TimeUnit.SECONDS).until(() -> !KioskUiTestSupport.visible(robot, "#resultScreen"));
    }
}
