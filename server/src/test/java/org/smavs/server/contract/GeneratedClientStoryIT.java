package org.smavs.server.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.generated.ApiClient;
import org.smavs.generated.ApiException;
import org.smavs.generated.api.AuthApi;
import org.smavs.generated.api.FaceApi;
import org.smavs.generated.api.LecturersApi;
import org.smavs.generated.api.StudentsApi;
import org.smavs.generated.model.AttendanceRecord;
import org.smavs.generated.model.BindDeviceRequest;
import org.smavs.generated.model.CreateSessionRequest;
import org.smavs.generated.model.EnrollFaceResult;
import org.smavs.generated.model.LoginRequest;
import org.smavs.generated.model.RefreshRequest;
import org.smavs.generated.model.RegisterRequest;
import org.smavs.generated.model.ReviewRequest;
import org.smavs.generated.model.Session;
import org.smavs.generated.model.TokenPair;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The seed's mobile story driven by a Java client that openapi-generator made from the committed snapshot of
 * /openapi.json during this build (no hand-written client code): register, sign in, bind the phone, enrol the
 * face with consent, check in with a selfie, read the history, refresh, sign out — and the lecturer's side:
 * open a face session, find the flagged check-in, confirm it. If the document lied (a missing nullable, a wrong
 * type, an undeclared part), the generated client would fail here.
 */
class GeneratedClientStoryIT {
    private static final double LAT = 52.2053;
    private static final double LON = 0.1218;
    private static TestServer server;
    @TempDir static Path files;

    @BeforeAll
    static void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aStudentChecksInWithASelfieAndTheLecturerConfirmsTheFlag() throws Exception {
        String email = "gen-" + UUID.randomUUID().toString().substring(0, 8) + "@uni.test";
        ApiClient phone = client(null);
        new AuthApi(phone).postAuthRegister(new RegisterRequest().email(email).password("a-long-password-1")
                .fullName("Gene Rated").studentNumber("G" + System.nanoTime() % 1_000_000));
        TokenPair tokens = new AuthApi(phone).postAuthLogin(new LoginRequest().email(email).password("a-long-password-1"));
        ApiClient student = client(tokens.getAccessToken());
        assertThat(new AuthApi(student).getAuthMe().getEmail()).isEqualTo(email);

        new StudentsApi(student).postStudentsDeviceBind(new BindDeviceRequest().imei("gen-phone-1").platform("android"));
        File portrait = copy("grace_hopper.jpg");
        EnrollFaceResult enrolled = new FaceApi(student).postStudentsEnrollFace(portrait, true);
        assertThat(enrolled).isNotNull();

        TokenPair lecturerTokens = new AuthApi(client(null)).postAuthLogin(new LoginRequest()
                .email("lecturer@smavs.com").password("lecturer123"));
        ApiClient lecturer = client(lecturerTokens.getAccessToken());
        long course = new LecturersApi(lecturer).getLecturersCourses().get(0).getId();
        Session session = new LecturersApi(lecturer).postLecturersSessions(new CreateSessionRequest()
                .title("Generated client lecture").courseId(course).durationMinutes(60).latitude(LAT).longitude(LON)
                .radiusM(100.0).requireFace(true));

        // The generated Java (native) client sends every declared file part and cannot leave an optional one out,
        // so the room picture (presence_image) goes too: the same portrait.
        AttendanceRecord record = new StudentsApi(student).postStudentsAttendance(UUID.randomUUID().toString(),
                10.0, null, "gen-phone-1", LAT, LON, portrait, null, null, null, portrait, session.getCode());
        assertThat(record.getSessionId()).isEqualTo(session.getId());
        // the student registered themselves and is not enrolled in the course: recorded, flagged for review
        assertThat(record.getStatus()).isEqualTo(AttendanceRecord.StatusEnum.FLAGGED);

        List<AttendanceRecord> history = new StudentsApi(student).getStudentsAttendance(null, null);
        assertThat(history).extracting(AttendanceRecord::getId).contains(record.getId());

        TokenPair renewed = new AuthApi(client(null)).postAuthRefresh(new RefreshRequest()
                .refreshToken(tokens.getRefreshToken()));
        assertThat(renewed.getRefreshToken()).isNotEqualTo(tokens.getRefreshToken()); // rotated
        new AuthApi(client(renewed.getAccessToken())).postAuthLogout(new RefreshRequest()
                .refreshToken(renewed.getRefreshToken()));
        assertThatThrownBy(() -> new AuthApi(client(renewed.getAccessToken())).getAuthMe())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));

        List<AttendanceRecord> flagged = new LecturersApi(lecturer).getLecturersSessionsIdFlagged(session.getId(),
                null, null);
        assertThat(flagged).extracting(AttendanceRecord::getId).containsExactly(record.getId());
        AttendanceRecord confirmed = new LecturersApi(lecturer).postLecturersAttendanceIdConfirm(record.getId(),
                new ReviewRequest().note("Late enrolment, seen in the room"));
        assertThat(confirmed.getStatus()).isEqualTo(AttendanceRecord.StatusEnum.PRESENT);
        assertThat(confirmed.getReviewNote()).isEqualTo("Late enrolment, seen in the room");
    }

    private static ApiClient client(String accessToken) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.baseUrl());
        if (accessToken != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        }
        return client;
    }

    private static File copy(String resource) throws Exception {
        Path target = files.resolve(resource);
        try (var in = GeneratedClientStoryIT.class.getResourceAsStream("/faces/" + resource)) {
            Files.copy(in, target);
        }
        return target.toFile();
    }
}
