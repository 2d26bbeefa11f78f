package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.demo.DemoData;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** The live roster WebSocket: authenticated, owner-only, and pushing records and flag changes as they happen. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveRosterIT {
    private TestServer server;
    private String lecturerToken;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        lecturerToken = server.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private URI liveUri(long sessionId, String token) {
        String path = ApiPaths.withId(ApiPaths.LECTURER_SESSION_LIVE, sessionId);
        return URI.create(server.baseUrl().replace("http", "ws") + path + (token == null ? "" : "?token=" + token));
    }

    @Test
    void theOwnerHearsNewRecordsAndReviewsLive() throws Exception {
        var lecturer = server.lecturer();
        Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Live", null, 60,
                DemoData.DEMO_LATITUDE, DemoData.DEMO_LONGITUDE, 50.0, null, false, null, null));
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(liveUri(session.id(), lecturerToken), new LiveSocketCollector(messages)).join();
        try {
            Students.Student student = Students.register(server, "Liv Live");
            student.client().student().bindDevice(new BindDeviceRequest("phone-liv"));
            var record = student.client().student().submitAttendance(AttendanceSubmission.withCode(session.code(),
                    "phone-liv", DemoData.DEMO_LATITUDE + 0.01, DemoData.DEMO_LONGITUDE));
            LiveEvent created = Json.lenientMapper().readValue(messages.poll(5, TimeUnit.SECONDS), LiveEvent.class);
            assertThat(created.type()).isEqualTo("record");
            assertThat(created.record().id()).isEqualTo(record.id());
            assertThat(created.record().studentName()).as("lecturers see who checked in").isNotBlank();

            lecturer.lecturer().confirm(record.id(), null);
            LiveEvent reviewed = Json.lenientMapper().readValue(messages.poll(5, TimeUnit.SECONDS), LiveEvent.class);
            assertThat(reviewed.type()).isEqualTo("flag");
            assertThat(reviewed.record().status().wire()).isEqualTo("present");
        } finally {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }

    @Test
    void noTokenAStudentOrAnotherLecturerCannotListen() {
        Session session = server.lecturer().lecturer().createSession(CreateSessionRequest.simple("Private", 30));
        String studentToken = Students.register(server, "Nosy Student").accessToken();
        assertThat(handshakeStatus(liveUri(session.id(), null))).isEqualTo(401);
        assertThat(handshakeStatus(liveUri(session.id(), studentToken))).isEqualTo(403);
        assertThat(handshakeStatus(liveUri(session.id() + 1000, lecturerToken))).isEqualTo(404);
    }

    @Test
    void aWebPageFromAnOriginNotOnTheAllowListCannotListen() {
        try (TestServer strict = TestServer.start(TestDatabase.Kind.H2, config -> config.withHttp(
                new org.smavs.server.config.HttpSettings(java.util.List.of("https://attendance.uni.example"), false,
                        false, java.util.List.of(), 5, java.util.List.of("image/jpeg", "image/png"), 30)),
                java.time.Clock.systemUTC())) {
            Session session = strict.lecturer().lecturer().createSession(CreateSessionRequest.simple("Origins", 30));
            String token = strict.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken();
            URI uri = URI.create(strict.baseUrl().replace("http", "ws")
                    + ApiPaths.withId(ApiPaths.LECTURER_SESSION_LIVE, session.id()) + "?token=" + token);
            assertThat(handshakeStatus(uri, "https://evil.example")).isEqualTo(403);
            assertThat(handshakeStatus(uri, "https://attendance.uni.example")).isEqualTo(101);
            assertThat(handshakeStatus(uri, null)).isEqualTo(101);
        }
    }

    @Test
    void aConnectionIsClosedWhenItsLoginEndsTheAccountIsDeactivatedOrTheTokenExpires() throws Exception {
        org.smavs.server.testing.MutableClock clock = org.smavs.server.testing.MutableClock.startingNow();
        try (TestServer timed = TestServer.start(TestDatabase.Kind.H2, config -> config, clock)) {
            var admin = timed.admin();
            admin.admin().createUser(new org.smavs.model.admin.CreateUserRequest("leaving@uni.test", "leaving-password",
                    "Lena Leaving", org.smavs.model.auth.Role.LECTURER, null, null));
            var leaving = timed.signIn("leaving@uni.test", "leaving-password");
            Session hers = leaving.lecturer().createSession(CreateSessionRequest.simple("Hers", 60));
            String leavingToken = timed.anonymous().auth().login("leaving@uni.test", "leaving-password").accessToken();
            BlockingQueue<String> deactivated = listen(timed, hers.id(), leavingToken);
            long leavingId = admin.admin().users().stream().filter(u -> u.email().equals("leaving@uni.test"))
                    .findFirst().orElseThrow().id();
            admin.admin().updateUser(leavingId, new org.smavs.model.admin.UpdateUserRequest(false, null, null, null, null));
            assertThat(closeOf(deactivated)).startsWith("CLOSE 1008").contains("deactivated");

            Session mine = timed.lecturer().lecturer().createSession(CreateSessionRequest.simple("Mine", 60));
            var login = timed.anonymous().auth().login("lecturer@smavs.com", "lecturer123");
            BlockingQueue<String> signedOut = listen(timed, mine.id(), login.accessToken());
            timed.anonymous().auth().logout(login.refreshToken());
            assertThat(closeOf(signedOut)).startsWith("CLOSE 1008").contains("signed out");
            assertThat(new org.smavs.server.testing.RawHttp(timed.baseUrl())
                    .get(ApiPaths.AUTH_ME, "Bearer " + login.accessToken()).statusCode())
                    .as("an access token stops working at logout, not 15 minutes later").isEqualTo(401);

            String fresh = timed.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken();
            BlockingQueue<String> expiring = listen(timed, mine.id(), fresh);
            clock.advance(Duration.ofMinutes(16));
            assertThat(closeOf(expiring)).startsWith("CLOSE 1008").contains("expired");
        }
    }

    private static BlockingQueue<String> listen(TestServer target, long sessionId, String token) {
        BlockingQueue<String> messages = new LinkedBlockingQueue<>();
        URI uri = URI.create(target.baseUrl().replace("http", "ws")
                + ApiPaths.withId(ApiPaths.LECTURER_SESSION_LIVE, sessionId) + "?token=" + token);
        HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(uri, new LiveSocketCollector(messages)).join();
        return messages;
    }

    /** The close the server sends within three re-check periods, skipping any events before it. */
    private static String closeOf(BlockingQueue<String> messages) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(
                3L * org.smavs.server.maintenance.MaintenanceScheduler.FREQUENT_SECONDS);
        while (System.nanoTime() < deadline) {
            String message = messages.poll(1, TimeUnit.SECONDS);
            if (message != null && message.startsWith("CLOSE")) {
                return message;
            }
        }
        return "still open";
    }

    private static int handshakeStatus(URI uri) {
        return handshakeStatus(uri, null);
    }

    private static int handshakeStatus(URI uri, String origin) {
        try {
            WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
            if (origin != null) {
                builder.header("Origin", origin);
            }
            builder.buildAsync(uri, new LiveSocketCollector(new LinkedBlockingQueue<>())).join().abort();
            return 101;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse().statusCode();
            }
            throw e;
        }
    }
}
