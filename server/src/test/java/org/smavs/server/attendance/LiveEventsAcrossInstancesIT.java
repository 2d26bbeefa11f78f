package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.ServerApp;
import org.smavs.server.demo.DemoData;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Two server instances on one PostgreSQL database, as behind a load balancer: a lecturer whose live roster is
 * connected to one instance hears a check-in that reached the other (NOTIFY/LISTEN), and the instance that
 * took the check-in delivers it to its own listeners exactly once; when the database drops the listening
 * connections, the instances reconnect and events flow again.
 */
class LiveEventsAcrossInstancesIT {

    @Test
    void aCheckInOnOneInstanceReachesLiveRostersOnBoth() throws Exception {
        try (TestServer first = TestServer.start(TestDatabase.Kind.POSTGRES)) {
            ServerApp second = first.startAnotherInstance();
            try {
                awaitListening(first.baseUrl());
                awaitListening(second.baseUrl());
                ApiClient lecturer = first.lecturer();
                String token = first.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken();
                Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Scale-out", null, 60,
                        DemoData.DEMO_LATITUDE, DemoData.DEMO_LONGITUDE, 50.0, null, false, null, null));
                BlockingQueue<String> onFirst = new LinkedBlockingQueue<>();
                BlockingQueue<String> onSecond = new LinkedBlockingQueue<>();
                WebSocket firstSocket = listen(first.baseUrl(), session.id(), token, onFirst);
                WebSocket secondSocket = listen(second.baseUrl(), session.id(), token, onSecond);
                try {
                    Students.Student student = Students.register(first, "Nia Notify");
                    ApiClient viaSecond = new ApiClient(second.baseUrl());
                    viaSecond.auth().login(student.email(), "password-Nia Notify");
                    viaSecond.student().bindDevice(new BindDeviceRequest("phone-nia"));
                    AttendanceRecord record = viaSecond.student().submitAttendance(AttendanceSubmission.withCode(
                            session.code(), "phone-nia", DemoData.DEMO_LATITUDE, DemoData.DEMO_LONGITUDE));

                    LiveEvent heardOnFirst = event(onFirst.poll(10, TimeUnit.SECONDS));
                    assertThat(heardOnFirst.type()).isEqualTo("record");
                    assertThat(heardOnFirst.record().id()).isEqualTo(record.id());
                    assertThat(heardOnFirst.record().studentName()).isEqualTo("Nia Notify");

                    LiveEvent heardOnSecond = event(onSecond.poll(10, TimeUnit.SECONDS));
                    assertThat(heardOnSecond.record().id()).isEqualTo(record.id());
                    assertThat(onSecond.poll(1500, TimeUnit.MILLISECONDS))
                            .as("the instance that took the check-in ignores its own notification").isNull();
                    assertThat(onFirst.poll(500, TimeUnit.MILLISECONDS)).as("delivered once").isNull();

                    // the database drops the listening connections (failover, restart): both reconnect
                    first.app().database().run(db -> db.createNativeQuery("select pg_terminate_backend(pid) "
                            + "from pg_stat_activity where application_name = 'smavs-live-listener' "
                            + "and datname = current_database()", Object.class).getResultList());
                    awaitHealth(first.baseUrl(), "reconnecting");
                    awaitListening(first.baseUrl());
                    awaitListening(second.baseUrl());
                    Students.Student late = Students.register(first, "Lee Late");
                    ApiClient lateViaSecond = new ApiClient(second.baseUrl());
                    lateViaSecond.auth().login(late.email(), "password-Lee Late");
                    lateViaSecond.student().bindDevice(new BindDeviceRequest("phone-lee"));
                    AttendanceRecord lateRecord = lateViaSecond.student().submitAttendance(AttendanceSubmission
                            .withCode(session.code(), "phone-lee", DemoData.DEMO_LATITUDE, DemoData.DEMO_LONGITUDE));
                    assertThat(event(onFirst.poll(10, TimeUnit.SECONDS)).record().id()).isEqualTo(lateRecord.id());
                } finally {
                    firstSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
                    secondSocket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
                }
            } finally {
                second.stop();
            }
        }
    }

    /** Waits until /health says the instance hears the others (its LISTEN connection is up). */
    private static void awaitListening(String baseUrl) throws Exception {
        awaitHealth(baseUrl, "all instances");
    }

    private static void awaitHealth(String baseUrl, String liveEventsState) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains(liveEventsState)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("/health of " + baseUrl + " never said '" + liveEventsState + "': " + body);
    }

    private static WebSocket listen(String baseUrl, long sessionId, String token, BlockingQueue<String> messages) {
        URI uri = URI.create(baseUrl.replace("http", "ws") + ApiPaths.withId(ApiPaths.LECTURER_SESSION_LIVE, sessionId)
                + "?token=" + token);
        return HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new LiveSocketCollector(messages)).join();
    }

    private static LiveEvent event(String text) throws Exception {
        assertThat(text).as("a live event arrived").isNotNull();
        return Json.lenientMapper().readValue(text, LiveEvent.class);
    }
}
