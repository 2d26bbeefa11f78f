package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.Multipart;
import org.smavs.model.ApiPaths;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * A server told to stop (SIGTERM runs the same {@code ServerApp.stop()}) while 20 selfie check-ins are in flight
 * answers all 20 with 201, says "draining" on /health, and refuses a newcomer with 503 and Retry-After.
 */
class DrainIT {
    private static final double LAT = 51.4988;
    private static final double LON = -0.1749;
    private static final int IN_FLIGHT = 20;

    @Test
    void checkInsInFlightFinishAndNewcomersAreToldToRetry() throws Exception {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            byte[] hopper = FaceImages.portraitBytes(FaceImages.GRACE_HOPPER);
            Session session = server.lecturer().lecturer().createSession(new CreateSessionRequest("Draining", null, 60,
                    LAT, LON, 100.0, null, true, null, null));
            List<Students.Student> students = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT + 1; i++) {
                Students.Student student = Students.register(server, "Drain Student " + i);
                student.client().student().enrollFace(hopper, true);
                student.client().student().bindDevice(new BindDeviceRequest("drain-phone-" + i));
                students.add(student);
            }
            server.app().runMaintenanceNow(); // nothing scheduled may start during the stop below

            ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < IN_FLIGHT; i++) {
                Students.Student student = students.get(i);
                Multipart form = selfieCheckIn(session, i, hopper);
                answers.add(pool.submit(() -> Students.postMultipart(server, student.accessToken(), form, Map.of())));
            }
            awaitAllArrived(server, answers);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.app().stop());

            RawHttp raw = new RawHttp(server.baseUrl());
            HttpResponse<String> health = awaitDraining(raw);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("draining");
            Students.Student late = students.get(IN_FLIGHT);
            HttpResponse<String> newcomer = Students.postMultipart(server, late.accessToken(),
                    selfieCheckIn(session, IN_FLIGHT, hopper), Map.of());
            assertThat(newcomer.statusCode()).isEqualTo(503);
            assertThat(newcomer.headers().firstValue("Retry-After")).isPresent();
            assertThat(RawHttp.error(newcomer).detail()).contains("try again");

            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            }
            stopping.get();
            pool.shutdown();
        }
    }

    /** Until every request reached the server (in flight there, or already answered), some still running. */
    private static void awaitAllArrived(TestServer server, List<Future<HttpResponse<String>>> answers)
            throws InterruptedException {
        for (int attempt = 0; attempt < 2000; attempt++) {
            int running = server.app().requestsInFlight();
            long answered = answers.stream().filter(Future::isDone).count();
            if (running + answered >= answers.size()) {
                assertThat(running).as("check-ins still in flight when the stop begins").isPositive();
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the check-ins never all reached the server");
    }

    private static HttpResponse<String> awaitDraining(RawHttp raw) throws InterruptedException {
        for (int attempt = 0; attempt < 200; attempt++) {
            HttpResponse<String> health = raw.get(ApiPaths.HEALTH, null);
            if (health.statusCode() == 503) {
                return health;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("/health never reported draining");
    }

    private static Multipart selfieCheckIn(Session session, int i, byte[] selfie) {
        return new Multipart().field("session_code", session.code()).field("imei", "drain-phone-" + i)
                .field("latitude", LAT).field("longitude", LON).field("accuracy_m", 10)
                .file("selfie", "selfie.jpg", "image/jpeg", selfie);
    }
}
