package org.smavs.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.smavs.kiosk.KioskUiTestSupport.awaitText;
import static org.smavs.kiosk.KioskUiTestSupport.awaitVisible;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.shell.Styles;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.Portraits;
import org.smavs.kiosk.testing.Portraits.Person;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The live framing guidance on the kiosk screen: the real app, its camera thread and OpenCV's cascade, fed with
 * pictures made from the two portraits. The picture "in front of the camera" changes by swapping the file.
 */
@ExtendWith(ApplicationExtension.class)
class GuidanceUiTest {
    private static final String WAITING_FOR_ONE =
            "One person at a time — the pictures are taken once the camera sees one face clearly.";
    @TempDir
    Path dir;
    private final FakeKioskServer server = new FakeKioskServer(Clock.systemUTC());
    private Stage stage;
    private KioskApp app;
    private Path camera;
    private int shown;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void enrolled() throws Exception {
        FakeKioskServer.enrolKiosk(dir.resolve("data"));
        camera = dir.resolve("camera");
    }

    @AfterEach
    void stop(FxRobot robot) {
        KioskUiTestSupport.stop(robot, app);
    }

    @Test
    void theOvalAndTheAdviceFollowWhatTheCameraSees(FxRobot robot) throws Exception {
        show(Portraits.good(Person.GRACE_HOPPER));
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, server);
        awaitVisible(robot, "#useNumberButton");
        awaitGood(robot);

        show(Portraits.framed(Person.ASTRONAUT, 0.15, 0.5, 0.5));
        awaitAdvice(robot, "Move closer");
        show(Portraits.framed(Person.GRACE_HOPPER, 0.8, 0.5, 0.5));
        awaitAdvice(robot, "Move back a little");
        show(Portraits.sideBySide(Person.ASTRONAUT, Person.GRACE_HOPPER));
        awaitAdvice(robot, "One person at a time");
        show(Portraits.framed(Person.ASTRONAUT, 0.32, 0.17, 0.5));
        awaitAdvice(robot, "Move your face into the oval");
        show(Portraits.dark(Person.ASTRONAUT));
        awaitAdvice(robot, "More light, please");
        show(Portraits.noFace());
        awaitAdvice(robot, "Face the camera");
        show(Portraits.good(Person.ASTRONAUT));
        awaitGood(robot);
    }

    @Test
    void theBurstWaitsUntilOnlyOnePersonIsInThePicture(FxRobot robot) throws Exception {
        show(Portraits.sideBySide(Person.ASTRONAUT, Person.GRACE_HOPPER));
        KioskTuning patient = new KioskTuning(KioskUiTestSupport.FAST.checkIn().withFramingWait(Duration.ofSeconds(30)),
                4, Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofSeconds(2), Duration.ofMillis(30));
        app = KioskUiTestSupport.launch(robot, stage, dir.resolve("data"), camera, server, patient);
        awaitVisible(robot, "#useNumberButton");
        awaitAdvice(robot, "One person at a time");

        robot.clickOn("#useNumberButton");
        robot.clickOn("#studentNumber").write("S1001");
        robot.clickOn("#pin").write("1234");
        robot.clickOn("#submitNumber");
        awaitText(robot, "#checkInDetail", WAITING_FOR_ONE);
        Thread.sleep(1000); // a burst (300 ms) would have reached the server by now
        assertThat(server.records()).as("no burst while two faces are in the picture").isEmpty();
        assertThat(KioskUiTestSupport.text(robot, "#checkInDetail")).isEqualTo(WAITING_FOR_ONE);

        show(Portraits.good(Person.GRACE_HOPPER));
        awaitText(robot, "#resultHeadline", "Sam Student");
        assertThat(server.records()).hasSize(1);
    }

    private void show(BufferedImage picture) throws Exception {
        String name = String.format("frame-%03d.jpg", shown++);
        Portraits.write(picture, camera, name);
        try (Stream<Path> old = Files.list(camera)) {
            for (Path file : old.filter(f -> !f.getFileName().toString().equals(name)).toList()) {
                Files.delete(file);
            }
        }
    }

    private static void awaitAdvice(FxRobot robot, String advice) {
        awaitText(robot, "#coaching", advice);
        assertThat(oval(robot).getStyleClass()).doesNotContain(Styles.FACE_OVAL_GOOD);
    }

    private static void awaitGood(FxRobot robot) {
        await().atMost(10, TimeUnit.SECONDS).until(() -> oval(robot).getStyleClass().contains(Styles.FACE_OVAL_GOOD)
                && !KioskUiTestSupport.visible(robot, "#coaching"));
    }

    private static Node oval(FxRobot robot) {
        return robot.lookup("#faceOval").query();
    }
}
