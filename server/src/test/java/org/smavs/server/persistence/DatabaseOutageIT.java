package org.smavs.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smavs.client.Multipart;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.demo.DemoData;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;
import org.smavs.server.testing.ThrowawayPostgres;

/**
 * PostgreSQL stopped (immediately, connections cut) for five seconds while students keep checking in: nobody
 * gets a 500, refusals are quick 503s with Retry-After, /health says so within a second, the service is back
 * within five seconds of the database, every 201 is stored and nothing is stored for any other answer.
 */
class DatabaseOutageIT {
    private static final int STUDENTS = 60;

    private record Outcome(long studentId, int status, long millis, String body) {
    }

    @Test
    void aDatabaseOutageCostsQuick503sAndNeitherLosesNorInventsARecord() throws Exception {
        try (ThrowawayPostgres database = ThrowawayPostgres.start();
             TestServer server = TestServer.start(TestDatabase.Kind.H2, config -> config.withDatabase(database.settings()),
                     Clock.systemUTC())) {
            Session session = server.lecturer().lecturer().createSession(new CreateSessionRequest("Outage", null, 60,
                    DemoData.DEMO_LATITUDE, DemoData.DEMO_LONGITUDE, 100.0, null, false, null, null));
            Map<Long, String> tokens = new ConcurrentHashMap<>();
            for (int i = 0; i < STUDENTS; i++) {
                var student = server.newStudent("Outage Student " + i);
                student.student().bindDevice(new BindDeviceRequest("outage-phone-" + i));
                TokenPair pair = server.anonymous().auth().login(student.auth().me().email(), "password-Outage Student " + i);
                tokens.put(student.auth().me().id(), pair.accessToken() + " outage-phone-" + i);
            }
            RawHttp raw = new RawHttp(server.baseUrl());
            List<Outcome> outcomes = java.util.Collections.synchronizedList(new ArrayList<>());
            ExecutorService clients = Executors.newFixedThreadPool(6);
            List<Future<?>> sent = new ArrayList<>();
            long start = System.nanoTime();
            int index = 0;
            for (Map.Entry<Long, String> entry : tokens.entrySet()) {
                long due = start + TimeUnit.MILLISECONDS.toNanos(index++ * 10_000L / STUDENTS); // spread over 10 s
                sent.add(clients.submit(() -> {
                    sleepUntil(due);
                    String[] tokenAndPhone = entry.getValue().split(" ");
                    Multipart form = new Multipart().field("session_code", session.code()).field("imei", tokenAndPhone[1])
                            .field("latitude", DemoData.DEMO_LATITUDE).field("longitude", DemoData.DEMO_LONGITUDE);
                    long began = System.nanoTime();
                    HttpResponse<String> answer = raw.send("POST", ApiPaths.STUDENT_ATTENDANCE, form.contentType(),
                            form.build(), Map.of("Authorization", "Bearer " + tokenAndPhone[0]));
                    outcomes.add(new Outcome(entry.getKey(), answer.statusCode(),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - began), answer.body()));
                    return null;
                }));
            }
            sleepUntil(start + TimeUnit.SECONDS.toNanos(2));
            database.stopServer();
            long healthBegan = System.nanoTime();
            HttpResponse<String> health = raw.get(ApiPaths.HEALTH, null);
            long healthMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - healthBegan);
            sleepUntil(start + TimeUnit.SECONDS.toNanos(7));
            database.startServer();
            long restarted = System.nanoTime();
            long backAfterMillis = -1;
            while (System.nanoTime() - restarted < TimeUnit.SECONDS.toNanos(10)) {
                if (raw.get(ApiPaths.HEALTH, null).statusCode() == 200) {
                    backAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - restarted);
                    break;
                }
                Thread.sleep(100);
            }
            for (Future<?> request : sent) {
                request.get(60, TimeUnit.SECONDS);
            }
            clients.shutdown();

            Map<Integer, Long> byStatus = outcomes.stream().collect(Collectors.groupingBy(Outcome::status,
                    Collectors.counting()));
            long slowest503 = outcomes.stream().filter(o -> o.status() == 503).mapToLong(Outcome::millis).max().orElse(0);
            System.out.println("Database outage (5 s, " + STUDENTS + " check-ins over 10 s): answers " + byStatus
                    + ", slowest 503 " + slowest503 + " ms, /health during the outage " + health.statusCode() + " in "
                    + healthMillis + " ms, service back " + backAfterMillis + " ms after the database");
            assertThat(outcomes).hasSize(STUDENTS);
            assertThat(outcomes).as("no 500, only stored (201) or refused while down (503)")
                    .allSatisfy(o -> assertThat(o.status()).as(o.body()).isIn(201, 503));
            assertThat(byStatus.getOrDefault(503, 0L)).as("the outage was felt").isPositive();
            assertThat(byStatus.getOrDefault(201, 0L)).as("and the rest went through").isPositive();
            assertThat(slowest503).isLessThanOrEqualTo(1_500);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(healthMillis).isLessThanOrEqualTo(1_500);
            assertThat(backAfterMillis).isBetween(0L, 5_000L);

            Set<Long> answeredCreated = outcomes.stream().filter(o -> o.status() == 201).map(Outcome::studentId)
                    .collect(Collectors.toSet());
            Set<Long> stored = server.lecturer().lecturer().attendance(session.id()).stream()
                    .map(AttendanceRecord::studentId).collect(Collectors.toSet());
            assertThat(stored).as("every 201 is stored, nothing else").isEqualTo(answeredCreated);
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
    }
}
