package org.smavs.kiosk.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.model.kiosk.OfflineCheckIn;

class OfflineQueueTest {
    @TempDir
    Path dir;

    private OfflineQueue open() throws Exception {
        return OfflineQueue.open(dir, QueueCipher.fromKeyFile(dir.resolve("offline-queue.key"), new SecureRandom()));
    }

    private static OfflineCheckIn item(String key) {
        return new OfflineCheckIn(key, null, "S1001", "1234", 42, OffsetDateTime.parse("2026-11-25T14:03:00Z"),
                List.of("/9j/AAAQSkZJRg=="));
    }

    @Test
    void queuedCheckInsSurviveReopening() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("a"));
            queue.append(item("b"));
        }
        try (OfflineQueue reopened = open()) {
            assertThat(reopened.peek(10)).extracting(OfflineCheckIn::idempotencyKey).containsExactly("a", "b");
            assertThat(reopened.queuedCount()).isEqualTo(2);
        }
    }

    @Test
    void acknowledgedCheckInsAreGoneAfterReopening() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("a"));
            queue.append(item("b"));
            queue.append(item("c"));
            queue.acknowledge(List.of("a", "c"));
        }
        try (OfflineQueue reopened = open()) {
            assertThat(reopened.peek(10)).extracting(OfflineCheckIn::idempotencyKey).containsExactly("b");
        }
    }

    @Test
    void aRecordTornByACrashIsCutOffAndTheEarlierOnesKept() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("a"));
            queue.append(item("b"));
        }
        Path log = dir.resolve("offline-queue.log");
        long size = Files.size(log);
        try (FileChannel channel = FileChannel.open(log, StandardOpenOption.WRITE)) {
            channel.truncate(size - 7); // a kill -9 in the middle of the second write
        }
        try (OfflineQueue reopened = open()) {
            assertThat(reopened.peek(10)).extracting(OfflineCheckIn::idempotencyKey).containsExactly("a");
            reopened.append(item("c"));
        }
        try (OfflineQueue again = open()) {
            assertThat(again.peek(10)).extracting(OfflineCheckIn::idempotencyKey).containsExactly("a", "c");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("offline-queue.damaged-"));
        }
    }

    @Test
    void theLogIsEncryptedAndOwnerOnly() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("a"));
        }
        String raw = new String(Files.readAllBytes(dir.resolve("offline-queue.log")), StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain("S1001").doesNotContain("1234").doesNotContain("student_number");
        assertThat(OwnerOnlyFiles.isOwnerOnly(dir.resolve("offline-queue.log"))).isTrue();
        assertThat(OwnerOnlyFiles.isOwnerOnly(dir.resolve("offline-queue.key"))).isTrue();
    }

    @Test
    void aQueueSealedWithAnotherKeyIsNotReadButKeptAside() throws Exception {
        try (OfflineQueue queue = open()) {
            queue.append(item("a"));
        }
        Files.delete(dir.resolve("offline-queue.key"));
        try (OfflineQueue other = open()) {
            assertThat(other.queuedCount()).isZero();
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("offline-queue.damaged-"));
        }
    }
}
