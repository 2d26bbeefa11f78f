package org.smavs.kiosk.queue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.model.Json;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Check-ins taken while the server was unreachable, kept in an append-only, encrypted log that survives a
 * crash: each record is {@code [length:int][nonce ‖ AES-GCM ciphertext]} and is fsync'd before
 * {@link #append} returns. Acknowledgements are appended too; the log is rewritten (atomically) only to drop
 * acknowledged items. A record torn by a crash mid-write fails its length or GCM check and is cut off.
 * Thread-safe: the check-in flow appends while the sync acknowledges.
 */
public final class OfflineQueue implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineQueue.class);
    private static final int MAX_RECORD_BYTES = 64 * 1024 * 1024;

    private final Path logFile;
    private final QueueCipher cipher;
    private final ObjectMapper json = Json.lenientMapper();
    private final Map<String, OfflineCheckIn> pending = new LinkedHashMap<>();
    private volatile int sizeSnapshot;
    private FileChannel channel;

    private OfflineQueue(Path logFile, QueueCipher cipher) {
        this.logFile = logFile;
        this.cipher = cipher;
    }

    /** Opens (or creates) the queue in {@code dir}: {@code offline-queue.log} plus its key file. */
    public static OfflineQueue open(Path dir, QueueCipher cipher) throws IOException {
        OwnerOnlyFiles.ensureDirectory(dir);
        OfflineQueue queue = new OfflineQueue(dir.resolve("offline-queue.log"), cipher);
        queue.load();
        return queue;
    }

    public synchronized void append(OfflineCheckIn item) throws IOException {
        if (pending.containsKey(item.idempotencyKey())) {
            return;
        }
        write(QueueEntry.add(item));
        pending.put(item.idempotencyKey(), item);
        notifySize();
    }

    /** Oldest first, at most {@code limit}. */
    public synchronized List<OfflineCheckIn> peek(int limit) {
        return pending.values().stream().limit(limit).toList();
    }

    public synchronized int size() {
        return pending.size();
    }

    /** Forgets items the server has answered for; durable before it returns. */
    public synchronized void acknowledge(Collection<String> keys) throws IOException {
        List<String> known = keys.stream().filter(pending::containsKey).distinct().toList();
        if (known.isEmpty()) {
            return;
        }
        write(QueueEntry.ack(known));
        known.forEach(pending::remove);
        if (pending.isEmpty()) {
            compact();
        }
        notifySize();
    }

    /** The number of queued items without taking the lock, so the FX thread can show it without waiting on an fsync. */
    public int queuedCount() {
        return sizeSnapshot;
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private void load() throws IOException {
        OwnerOnlyFiles.createIfMissing(logFile);
        byte[] all = Files.readAllBytes(logFile);
        ByteBuffer buffer = ByteBuffer.wrap(all);
        boolean sawAck = false;
        int goodEnd = 0;
        while (buffer.remaining() >= Integer.BYTES) {
            int length = buffer.getInt();
            if (length <= 0 || length > MAX_RECORD_BYTES || length > buffer.remaining()) {
                break;
            }
            byte[] sealed = new byte[length];
            buffer.get(sealed);
            QueueEntry entry;
            try {
                entry = json.readValue(cipher.open(sealed), QueueEntry.class);
            } catch (GeneralSecurityException | IOException unreadable) {
                break;
            }
            if (QueueEntry.ADD.equals(entry.type()) && entry.item() != null) {
                pending.put(entry.item().idempotencyKey(), entry.item());
            } else if (QueueEntry.ACK.equals(entry.type())) {
                entry.acknowledged().forEach(pending::remove);
                sawAck = true;
            }
            goodEnd = buffer.position();
        }
        if (goodEnd < all.length) {
            keepDamagedTail(all, goodEnd);
        }
        channel = FileChannel.open(logFile, StandardOpenOption.WRITE);
        channel.truncate(goodEnd);
        channel.position(goodEnd);
        if (sawAck || goodEnd < all.length) {
            compact();
        }
        notifySize();
        LOG.info("Offline queue opened with {} check-in(s) waiting to sync", pending.size());
    }

    /** A tail that does not decrypt is kept aside rather than silently dropped. */
    private void keepDamagedTail(byte[] all, int goodEnd) throws IOException {
        Path aside = logFile.resolveSibling("offline-queue.damaged-" + System.currentTimeMillis());
        OwnerOnlyFiles.writeAtomically(aside, java.util.Arrays.copyOfRange(all, goodEnd, all.length));
        LOG.warn("Offline queue had {} unreadable byte(s) at its end (a crash mid-write?); kept in {}",
                all.length - goodEnd, aside.getFileName());
    }

    private void write(QueueEntry entry) throws IOException {
        byte[] sealed = cipher.seal(json.writeValueAsBytes(entry));
        ByteBuffer record = ByteBuffer.allocate(Integer.BYTES + sealed.length);
        record.putInt(sealed.length).put(sealed).flip();
        while (record.hasRemaining()) {
            channel.write(record);
        }
        channel.force(true);
    }

    /** Rewrites the log with only the pending items; atomic, so a crash leaves the old or the new log. */
    private void compact() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (OfflineCheckIn item : new ArrayList<>(pending.values())) {
            byte[] sealed = cipher.seal(json.writeValueAsBytes(QueueEntry.add(item)));
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(sealed.length).array());
            out.writeBytes(sealed);
        }
        channel.close();
        OwnerOnlyFiles.writeAtomically(logFile, out.toByteArray());
        channel = FileChannel.open(logFile, StandardOpenOption.WRITE);
        channel.position(channel.size());
    }

    private void notifySize() {
        sizeSnapshot = pending.size();
    }
}
