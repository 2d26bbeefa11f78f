package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.auth.Role;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.ChallengeFrames;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The three check-in paths gather evidence differently and record it through one recorder: the same evidence
 * (a student enrolled as one person showing another face, 16 minutes after the start) gives the same status,
 * reasons and risk score from the phone, the kiosk and the kiosk's offline queue. The offline capture adds
 * only its own reason.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckInPathsIT {
    private static final double LAT = 51.4988;
    private static final double LON = -0.1749;
    private static final String PIN = "4321";

    private final MutableClock clock = MutableClock.startingNow();
    private TestServer server;
    private BufferedImage otherPerson;
    private String email;
    private String studentNumber;
    private Session phoneSession;
    private Session kioskSession;
    private Session offlineSession;
    private ApiClient kioskInHallOne;
    private ApiClient kioskInHallTwo;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2, config -> config, clock);
        ApiClient admin = server.admin();
        email = "paths." + System.nanoTime() + "@uni.test";
        studentNumber = "P" + (System.nanoTime() % 1_000_000);
        admin.admin().createUser(new CreateUserRequest(email, "password-paths", "Path Student", Role.STUDENT,
                studentNumber, PIN));
        ApiClient student = server.signIn(email, "password-paths");
        student.student().enrollFace(FaceImages.png(FaceImages.portrait(FaceImages.GRACE_HOPPER)), true);
        student.student().bindDevice(new BindDeviceRequest("phone-paths"));
        otherPerson = FaceImages.portrait(FaceImages.ASTRONAUT);

        Room hallOne = admin.admin().createRoom(new CreateRoomRequest("Hall One", "Main", LAT, LON, 60.0));
        Room hallTwo = admin.admin().createRoom(new CreateRoomRequest("Hall Two", "Main", LAT, LON, 60.0));
        kioskInHallOne = enrolledKiosk(admin, hallOne);
        kioskInHallTwo = enrolledKiosk(admin, hallTwo);
        ApiClient lecturer = server.lecturer();
        phoneSession = lecturer.lecturer().createSession(new CreateSessionRequest("By phone", null, 60, LAT, LON, 60.0,
                null, true, null, null));
        kioskSession = lecturer.lecturer().createSession(new CreateSessionRequest("At the kiosk", null, 60, null, null,
                null, null, true, hallOne.id(), null));
        offlineSession = lecturer.lecturer().createSession(new CreateSessionRequest("Offline", null, 60, null, null,
                null, null, true, hallTwo.id(), null));
        clock.advance(Duration.ofMinutes(16)); // every check-in below is late
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theSameEvidenceGivesTheSameVerdictOnEveryPath() {
        AttendanceRecord byPhone = server.signIn(email, "password-paths").student().submitAttendance(
                AttendanceSubmission.withCode(phoneSession.code(), "phone-paths", LAT, LON)
                        .withSelfie(FaceImages.jpeg(otherPerson, 0.9f)));

        CheckInChallenge challenge = kioskInHallOne.kiosk().start(new StartCheckInRequest(null, studentNumber, PIN));
        AttendanceRecord atKiosk = kioskInHallOne.kiosk().complete(challenge.checkinId(),
                ChallengeFrames.performing(challenge.challenge(), otherPerson));

        List<String> frames = ChallengeFrames.still(otherPerson).stream().map(Base64.getEncoder()::encodeToString).toList();
        AttendanceRecord offline = kioskInHallTwo.kiosk().uploadOffline(new OfflineBatch(List.of(new OfflineCheckIn(
                UUID.randomUUID().toString(), null, studentNumber, PIN, offlineSession.id(),
                OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), frames)))).get(0).record();

        assertThat(byPhone.source()).isEqualTo(AttendanceSource.MOBILE);
        assertThat(atKiosk.source()).isEqualTo(AttendanceSource.KIOSK);
        assertThat(offline.source()).isEqualTo(AttendanceSource.KIOSK);
        assertThat(byPhone.flags()).contains(ReasonCode.FACE_MISMATCH, ReasonCode.LATE)
                .doesNotContain(ReasonCode.DEVICE_MISMATCH, ReasonCode.OUTSIDE_GEOFENCE, ReasonCode.CHALLENGE_FAILED);
        for (AttendanceRecord record : List.of(byPhone, atKiosk, offline)) {
            assertThat(record.status()).isEqualTo(AttendanceStatus.FLAGGED);
            assertThat(record.riskScore()).as("risk of %s", record.flags()).isEqualTo(RiskScorer.score(record.flags()));
        }
        assertThat(atKiosk.flags()).containsExactlyElementsOf(byPhone.flags());
        assertThat(atKiosk.riskScore()).isEqualTo(byPhone.riskScore());
        List<ReasonCode> offlineExpected = new ArrayList<>(byPhone.flags());
        offlineExpected.add(offlineExpected.indexOf(ReasonCode.LATE), ReasonCode.OFFLINE_CAPTURE);
        assertThat(offline.flags()).containsExactlyElementsOf(offlineExpected);
        assertThat(offline.riskScore()).isEqualTo(RiskScorer.score(offlineExpected));
    }

    private ApiClient enrolledKiosk(ApiClient admin, Room room) {
        String code = admin.admin().createKiosk(new CreateKioskRequest(room.name() + " kiosk", room.id())).enrollmentCode();
        ApiClient kiosk = server.anonymous();
        kiosk.kiosk().useCredential(kiosk.kiosk().enroll(code, room.name() + " kiosk"));
        return kiosk;
    }
}
