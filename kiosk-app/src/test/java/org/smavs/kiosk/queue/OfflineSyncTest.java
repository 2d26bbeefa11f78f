package org.smavs.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.client.ApiException;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.FakeKioskServer.Student;
import org.smavs.kiosk.testing.MutableClock;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineCheckIn;

class OfflineSyncTest {
    @TempDir
    Path dir;
    private final FakeKioskServer server = new FakeKioskServer(new MutableClock(Instant.parse("2026-11-25T14:00:00Z")));

    private OfflineQueue open() throws Exception {
        return OfflineQueue.open(dir, QueueCipher.fromKeyFile(dir.resolve("offline-queue.key"), new SecureRandom()));
    }

    private static OfflineCheckIn item(String key, String number) {
        return new OfflineCheckIn(key, null, number, "1234", 42, OffsetDateTime.parse("2026-11-25T14:03:00Z"),
                List.of("AAAA"));
    }

    @Test
    void everyQueuedCheckInIsUploadedOnceAndThenForgotten() throws Exception {
        server.addStudent(new Student(8, "S1002", "1234", "p2", "Ada"));
        server.addStudent(new Student(9, "S1003", "1234", "p3", "Alan"));
        try (OfflineQueue queue = open()) {
            queue.append(item("k1", "S1001"));
            queue.append(item("k2", "S1002"));
            queue.append(item("k3", "S1003"));
            OfflineSync sync = new OfflineSync(queue, server, 2);

            assertThat(sync.syncOnce().acknowledged()).isEqualTo(3);
            assertThat(sync.syncOnce().acknowledged()).isZero();
            assertThat(queue.queuedCount()).isZero();
        }
        assertThat(server.records()).hasSize(3);
        assertThat(server.offlineItemsReceived()).isEqualTo(3);
    }

    @Test
    void whileTheServerIsDownNothingLeavesTheQueue() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("k1", "S1001"));
            server.setReachable(false);

            assertThatThrownBy(() -> new OfflineSync(queue, server, 5).syncOnce().acknowledged())
                    .isInstanceOf(ApiException.class).matches(e -> ((ApiException) e).isUnreachable());
            assertThat(queue.queuedCount()).isEqualTo(1);
        }
    }

    @Test
    void aResendAfterACrashBeforeTheLocalAcknowledgementCountsOnce() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("k1", "S1001"));
            // the server stored it, but the kiosk died before writing the acknowledgement
            server.uploadOffline(new OfflineBatch(queue.peek(5)));

            assertThat(new OfflineSync(queue, server, 5).syncOnce().acknowledged()).isEqualTo(1);
            assertThat(queue.queuedCount()).isZero();
        }
        assertThat(server.records()).hasSize(1);
    }

    @Test
    void anItemTheServerCouldNotTakeForNowStaysQueuedAndIsSentAgainLater() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("k1", "S1001"));
            server.failOfflineItemsTemporarily(1);
            OfflineSync sync = new OfflineSync(queue, server, 5);

            assertThat(sync.syncOnce().acknowledged()).isZero();
            assertThat(queue.queuedCount()).isEqualTo(1);
            assertThat(sync.syncOnce().acknowledged()).isEqualTo(1);
            assertThat(queue.queuedCount()).isZero();
        }
        assertThat(server.records()).hasSize(1);
    }

    @Test
    void anItemTheServerRefusesForGoodIsNotSentForeverButReported() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("k1", "S9999"));
            queue.append(item("k2", "S1001"));

            SyncRound round = new OfflineSync(queue, server, 5).syncOnce();

            assertThat(round.acknowledged()).isEqualTo(2);
            assertThat(round.refused()).singleElement().satisfies(refused -> {
                assertThat(refused.idempotencyKey()).isEqualTo("k1");
                assertThat(refused.studentNumber()).isEqualTo("S9999");
                assertThat(refused.sessionId()).isEqualTo(42);
                assertThat(refused.capturedAt()).isEqualTo(OffsetDateTime.parse("2026-11-25T14:03:00Z"));
                assertThat(refused.errorCode()).isEqualTo("STUDENT_NOT_RECOGNISED");
                assertThat(refused.needsLecturer()).isTrue();
            });
            assertThat(queue.queuedCount()).isZero();
        }
        assertThat(server.records()).hasSize(1);
    }

    @Test
    void anItemTheServerCouldNotTakeForNowIsNotReportedAsRefused() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("k1", "S1001"));
            server.failOfflineItemsTemporarily(1);

            assertThat(new OfflineSync(queue, server, 5).syncOnce().refused()).isEmpty();
        }
    }
}
