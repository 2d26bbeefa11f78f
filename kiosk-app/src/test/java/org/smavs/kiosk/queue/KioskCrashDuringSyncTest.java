package org.smavs.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.testing.RealServer;
import org.smavs.kiosk.testing.TestPictures;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.session.Session;
import org.smavs.server.config.Limits;

/**
 * 200 check-ins queued while offline; the kiosk's sync process is killed (SIGKILL, a real second JVM) half-way,
 * then started again: the server holds exactly 200 records, none twice, and the queue is empty.
 */
class KioskCrashDuringSyncTest {
    private static final int QUEUED = 200;

    @Test
    void aKioskKilledMidSyncLosesNothingAndCountsNothingTwice(@TempDir Path serverDir, @TempDir Path kioskDir)
            throws Exception {
        try (RealServer server = new RealServer(serverDir, config -> config.withLimits(new Limits(1000, 1000, 1000,
                true, 1000, 1000, 100_000, 7)))) {
            server.enrolKiosk(kioskDir);
            Session session = server.startSessionInDemoRoom();
            StringBuilder csv = new StringBuilder("email,full_name,student_number,course_code,pin\n");
            for (int i = 0; i < QUEUED; i++) {
                csv.append("crash").append(i).append("@uni.test,Crash Student ").append(i).append(",C").append(1000 + i)
                        .append(',').append(server.demoCourse().code()).append(",4711\n");
            }
            // 200 PINs to hash: more than the default 15 s when other builds share the machine
            assertThat(server.login("admin@smavs.com", "admin123", Duration.ofMinutes(2)).admin()
                    .importStudents(csv.toString()).created()).isEqualTo(QUEUED);

            String frame = Base64.getEncoder().encodeToString(Files.readAllBytes(
                    TestPictures.scene(kioskDir.resolve("pictures"), "scene.png", 120)));
            QueueCipher cipher = QueueCipher.fromKeyFile(kioskDir.resolve("offline-queue.key"), new SecureRandom());
            try (OfflineQueue queue = OfflineQueue.open(kioskDir, cipher)) {
                for (int i = 0; i < QUEUED; i++) {
                    queue.append(new OfflineCheckIn(UUID.randomUUID().toString(), null, "C" + (1000 + i), "4711",
                            session.id(), OffsetDateTime.now(), List.of(frame)));
                }
            }

            Process first = startSync(kioskDir);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (recorded(server, session) < QUEUED / 4 && System.nanoTime() < deadline && first.isAlive()) {
                Thread.sleep(50);
            }
            int beforeKill = recorded(server, session);
            first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush, mid-batch
            first.waitFor(10, TimeUnit.SECONDS);
            assertThat(beforeKill).as("killed while syncing").isBetween(1, QUEUED - 1);

            Process second = startSync(kioskDir);
            assertThat(second.waitFor(180, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).isZero();

            List<AttendanceRecord> records = server.lecturer().lecturer().attendance(session.id());
            assertThat(records).hasSize(QUEUED);
            assertThat(records.stream().map(AttendanceRecord::studentId).distinct().count()).isEqualTo(QUEUED);
            try (OfflineQueue queue = OfflineQueue.open(kioskDir, cipher)) {
                assertThat(queue.size()).isZero();
            }
            System.out.println("Kiosk killed during sync after " + beforeKill + " of " + QUEUED
                    + " records; after the restart: " + records.size() + " records, no duplicates");
        }
    }

    private static int recorded(RealServer server, Session session) {
        return server.lecturer().lecturer().attendance(session.id()).size();
    }

    private static Process startSync(Path kioskDir) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                OfflineSyncProcess.class.getName(), kioskDir.toString()));
        File log = Files.createTempFile("kiosk-sync", ".log").toFile();
        log.deleteOnExit();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
    }
}
