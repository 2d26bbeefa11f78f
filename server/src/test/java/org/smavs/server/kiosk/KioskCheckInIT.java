package org.smavs.server.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.Room;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.ChallengeFrames;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** The kiosk flow end to end on the real models: session display, identification, challenge, offline sync. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KioskCheckInIT {
    private TestServer server;
    private ApiClient kiosk;
    private KioskCredential credential;
    private Session session;
    private BufferedImage astronaut;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        ApiClient admin = server.admin();
        Room room = admin.admin().rooms().stream().filter(r -> r.name().equals("Lecture Hall A")).findFirst().orElseThrow();
        String code = admin.admin().createKiosk(new CreateKioskRequest("Hall A kiosk", room.id())).enrollmentCode();
        kiosk = server.anonymous();
        credential = kiosk.kiosk().enroll(code, "Hall A kiosk");
        kiosk.kiosk().useCredential(credential);
        long courseId = server.lecturer().lecturer().courses().get(0).id();
        session = server.lecturer().lecturer().createSession(new CreateSessionRequest("Kiosk lecture", courseId, 60,
                null, null, null, null, true, room.id(), null));
        astronaut = FaceImages.portrait(FaceImages.ASTRONAUT);
        server.student().student().enrollFace(FaceImages.png(astronaut), true);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void theKioskShowsTheRoomsSessionWithARotatingQrToken() {
        KioskSession current = kiosk.kiosk().currentSession();
        assertThat(current.session().id()).isEqualTo(session.id());
        assertThat(current.qr().qrToken()).isNotBlank();
        assertThat(current.qr().code()).isEqualTo(session.code());
        assertThat(current.courseName()).isEqualTo("Introduction to Computer Science");
        assertThat(current.lecturerName()).isEqualTo("Lena Lecturer");
        assertThat(current.roomName()).isEqualTo("Lecture Hall A");
    }

    @Test
    void aStudentWithPinWhoPerformsTheChallengeIsCheckedInOnceAndLiveScoresAreKept() {
        assertThatThrownBy(() -> kiosk.kiosk().start(new StartCheckInRequest(null, "S1001", "9999")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("IDENTIFICATION_FAILED"));
        CheckInChallenge challenge = kiosk.kiosk().start(new StartCheckInRequest(null, "S1001", "1234"));
        assertThat(challenge.studentName()).isEqualTo("Sam Student");

        AttendanceRecord record = kiosk.kiosk().complete(challenge.checkinId(),
                ChallengeFrames.performing(challenge.challenge(), astronaut));

        assertThat(record.source()).isEqualTo(AttendanceSource.KIOSK);
        assertThat(record.sessionId()).isEqualTo(session.id());
        assertThat(record.flags()).as("challenge %s", challenge.challenge())
                .doesNotContain(ReasonCode.CHALLENGE_FAILED, ReasonCode.FACE_MISMATCH, ReasonCode.FACE_NOT_ENROLLED);
        assertThat(record.similarity()).isNotNull();
        assertThat(record.withinGeofence()).isTrue();
        assertThatThrownBy(() -> kiosk.kiosk().start(new StartCheckInRequest(null, "S1001", "1234")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        // A kiosk that lost the answer and sends the check-in again gets the same record, not a second one.
        assertThat(kiosk.kiosk().complete(challenge.checkinId(), ChallengeFrames.still(astronaut)).id()).isEqualTo(record.id());
    }

    @Test
    void aStudentWithAPinButNoFaceConsentIsCheckedInWithoutAnyBiometricComputation() {
        server.admin().admin().createUser(new org.smavs.model.admin.CreateUserRequest("nopin.consent@uni.test",
                "No-consent-pw-1", "Pia Pinonly", org.smavs.model.auth.Role.STUDENT, "S7777", "2468"));
        CheckInChallenge challenge = kiosk.kiosk().start(new StartCheckInRequest(null, "S7777", "2468"));
        AttendanceRecord record = kiosk.kiosk().complete(challenge.checkinId(),
                ChallengeFrames.performing(challenge.challenge(), astronaut));
        assertThat(record.flags()).contains(ReasonCode.FACE_NOT_ENROLLED).doesNotContain(ReasonCode.CHALLENGE_FAILED);
        assertThat(record.similarity()).isNull();
        assertThat(record.livenessScore()).as("not even liveness is computed").isNull();
        Object embedding = server.app().database().inTransaction(session -> session.createNativeQuery(
                "SELECT face_embedding FROM attendance_records WHERE id = :id", Object.class)
                .setParameter("id", record.id()).getSingleResultOrNull());
        assertThat(embedding).isNull();
    }

    @Test
    void aPhonePassWithAStillPhotoFailsTheChallengeAndIsFlagged() {
        ApiClient phone = server.newStudent("Pass Holder");
        phone.student().enrollFace(FaceImages.png(astronaut), true);
        phone.student().bindDevice(new BindDeviceRequest("phone-" + UUID.randomUUID()));
        String pass = phone.student().checkinPass().pass();

        CheckInChallenge challenge = kiosk.kiosk().start(new StartCheckInRequest(pass, null, null));
        AttendanceRecord record = kiosk.kiosk().complete(challenge.checkinId(), ChallengeFrames.still(astronaut));

        assertThat(record.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(record.flags()).contains(ReasonCode.CHALLENGE_FAILED)
                .as("a phone without a key cannot sign its pass").contains(ReasonCode.DEVICE_NOT_VERIFIED);
    }

    @Test
    void aPassSignedByItsPhoneWorksOnceAndACopyOrAForgeryIsRefused() throws Exception {
        java.security.KeyPair phoneKey = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        ApiClient phone = server.newStudent("Signing Phone");
        phone.student().enrollFace(FaceImages.png(astronaut), true);
        phone.student().bindDevice(new BindDeviceRequest("phone-" + UUID.randomUUID(),
                Base64.getEncoder().encodeToString(phoneKey.getPublic().getEncoded()), "android", "Pixel"));

        String forged = phone.student().checkinPass().pass();
        java.security.KeyPair otherKey = java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        assertThatThrownBy(() -> kiosk.kiosk().start(new StartCheckInRequest(forged + "." + sign(otherKey, forged),
                null, null))).isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("IDENTIFICATION_FAILED");
                    assertThat(e.getMessage()).contains("not signed by the phone");
                });

        Thread.sleep(1_100); // a pass issued in a new second is a new pass
        String pass = phone.student().checkinPass().pass();
        String signed = pass + "." + sign(phoneKey, pass);
        CheckInChallenge challenge = kiosk.kiosk().start(new StartCheckInRequest(signed, null, null));
        AttendanceRecord record = kiosk.kiosk().complete(challenge.checkinId(), ChallengeFrames.still(astronaut));
        assertThat(record.flags()).doesNotContain(ReasonCode.DEVICE_NOT_VERIFIED);

        // a screenshot of the same pass, shown again (here or at another kiosk) within its 20 seconds
        assertThatThrownBy(() -> kiosk.kiosk().start(new StartCheckInRequest(signed, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("CHECKIN_PASS_USED");
                    assertThat(e.getMessage()).contains("already used");
                });
    }

    private static String sign(java.security.KeyPair keys, String text) throws Exception {
        java.security.Signature signature = java.security.Signature.getInstance("Ed25519");
        signature.initSign(keys.getPrivate());
        signature.update(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signature.sign());
    }

    @Test
    void aPassHolderWithoutFaceConsentIsFlaggedAndNothingBiometricIsComputed() {
        ApiClient phone = server.newStudent("No Consent Pass");
        phone.student().bindDevice(new BindDeviceRequest("phone-" + UUID.randomUUID()));
        String pass = phone.student().checkinPass().pass();

        CheckInChallenge challenge = kiosk.kiosk().start(new StartCheckInRequest(pass, null, null));
        AttendanceRecord record = kiosk.kiosk().complete(challenge.checkinId(), ChallengeFrames.still(astronaut));

        assertThat(record.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(record.flags()).contains(ReasonCode.FACE_NOT_ENROLLED).doesNotContain(ReasonCode.CHALLENGE_FAILED);
        assertThat(record.similarity()).isNull();
        assertThat(record.livenessScore()).isNull();
    }

    @Test
    void offlineCheckInsAreVerifiedOnArrivalFlaggedAndNeverStoredTwice() {
        ApiClient phone = server.newStudent("Offline Student");
        phone.student().bindDevice(new BindDeviceRequest("phone-" + UUID.randomUUID()));
        String pass = phone.student().checkinPass().pass();
        List<String> frames = ChallengeFrames.still(astronaut).stream().map(Base64.getEncoder()::encodeToString).toList();
        String key = UUID.randomUUID().toString();
        OfflineCheckIn item = new OfflineCheckIn(key, pass, null, null, session.id(), OffsetDateTime.now(), frames);

        List<OfflineResult> first = kiosk.kiosk().uploadOffline(new OfflineBatch(List.of(item)));
        assertThat(first).singleElement().satisfies(result -> {
            assertThat(result.error()).isNull();
            assertThat(result.record().flags()).contains(ReasonCode.OFFLINE_CAPTURE);
            assertThat(result.record().status()).isEqualTo(AttendanceStatus.FLAGGED);
        });
        List<OfflineResult> again = kiosk.kiosk().uploadOffline(new OfflineBatch(List.of(item)));
        assertThat(again.get(0).record().id()).isEqualTo(first.get(0).record().id());

        OfflineCheckIn changed = new OfflineCheckIn(key, pass, null, null, session.id(), OffsetDateTime.now().minusSeconds(5), frames);
        assertThat(kiosk.kiosk().uploadOffline(new OfflineBatch(List.of(changed))).get(0).errorCode())
                .isEqualTo("IDEMPOTENCY_KEY_REUSED");
        long records = server.lecturer().lecturer().attendance(session.id()).stream()
                .filter(r -> r.studentId() == first.get(0).record().studentId()).count();
        assertThat(records).isEqualTo(1);
    }

    @Test
    void anOfflineItemForASessionOfAnotherTimeIsRefusedWithAReason() {
        OfflineCheckIn item = new OfflineCheckIn(UUID.randomUUID().toString(), null, "S1001", "1234", session.id(),
                OffsetDateTime.now().minusDays(2), List.of(Base64.getEncoder().encodeToString(FaceImages.png(astronaut))));
        OfflineResult result = kiosk.kiosk().uploadOffline(new OfflineBatch(List.of(item))).get(0);
        assertThat(result.record()).isNull();
        assertThat(result.errorCode()).isEqualTo("SESSION_CLOSED");
    }

    @Test
    void offlinePinGuessesShareTheKiosksAttemptBudgetAreAuditedAndStayQueuedWhenThrottled() {
        ApiClient admin = server.admin();
        Room room = admin.admin().rooms().stream().filter(r -> r.name().equals("Lecture Hall A")).findFirst().orElseThrow();
        String code = admin.admin().createKiosk(new CreateKioskRequest("Guessing kiosk", room.id())).enrollmentCode();
        ApiClient guesser = server.anonymous();
        guesser.kiosk().useCredential(guesser.kiosk().enroll(code, "Guessing kiosk"));
        String frame = Base64.getEncoder().encodeToString(FaceImages.png(astronaut));
        List<String> codes = new java.util.ArrayList<>();
        for (int batch = 0; batch < 2; batch++) { // 40 guesses against a budget of 30 per minute
            List<OfflineCheckIn> guesses = new java.util.ArrayList<>();
            for (int i = 0; i < OfflineCheckInService.MAX_BATCH; i++) {
                guesses.add(new OfflineCheckIn(UUID.randomUUID().toString(), null, "NOBODY-" + i, "0000",
                        session.id(), OffsetDateTime.now(), List.of(frame)));
            }
            guesser.kiosk().uploadOffline(new OfflineBatch(guesses)).forEach(r -> codes.add(r.errorCode()));
        }
        assertThat(codes).containsOnly("IDENTIFICATION_FAILED", "RATE_LIMITED");
        // the budget refills one attempt per two seconds while the batches run
        assertThat(codes).filteredOn("IDENTIFICATION_FAILED"::equals).hasSizeBetween(30, 34);
        assertThat(codes).contains("RATE_LIMITED");
        assertThat(admin.admin().audit()).filteredOn(e -> e.action().equals("kiosk.identify.failed")
                && e.detail() != null && e.detail().startsWith("offline")).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void aRevokedKioskIsLockedOut() {
        ApiClient admin = server.admin();
        Room room = admin.admin().rooms().get(0);
        String code = admin.admin().createKiosk(new CreateKioskRequest("Temporary", room.id())).enrollmentCode();
        ApiClient temporary = server.anonymous();
        KioskCredential temp = temporary.kiosk().enroll(code, "Temporary");
        temporary.kiosk().useCredential(temp);
        temporary.kiosk().currentSession();
        admin.admin().revokeKiosk(temp.kioskId());
        assertThatThrownBy(() -> temporary.kiosk().currentSession())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }
}
