package org.smavs.server.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.storage.BlobStore;

/**
 * Signed snapshots of the chain's head (number, hash, time) kept outside the database, in the file storage the
 * operator chose (a directory or an S3 bucket): someone who can rewrite the database, even with the chain's
 * key, cannot rewrite what was checkpointed without being caught, and cannot cut off the newest events unnoticed.
 */
final class AuditCheckpoints {
    static final String LATEST = "audit-checkpoints/latest.json";

    record Checkpoint(long seq, String hash, Instant at, String keyId, String signature) {
    }

    private final BlobStore store;
    private final AuditKeys keys;
    private final ObjectMapper json;

    AuditCheckpoints(BlobStore store, AuditKeys keys, ObjectMapper json) {
        this.store = store;
        this.keys = keys;
        this.json = json;
    }

    /** Signs and stores the head as the latest checkpoint, and keeps it under its number too. */
    Checkpoint write(long seq, String hash, Instant at) {
        String keyId = keys.currentId();
        Checkpoint checkpoint = new Checkpoint(seq, hash, at, keyId, keys.sign(keyId, canonical(seq, hash, at)));
        byte[] data = serialise(checkpoint);
        store.put("audit-checkpoints/" + seq + ".json", data, "application/json");
        store.put(LATEST, data, "application/json");
        return checkpoint;
    }

    Optional<Checkpoint> latest() {
        byte[] data;
        try {
            data = store.get(LATEST);
        } catch (NotFoundException none) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(data, Checkpoint.class));
        } catch (java.io.IOException unreadable) {
            return Optional.of(new Checkpoint(-1, "", Instant.EPOCH, "", "")); // fails authenticity below
        }
    }

    boolean isAuthentic(Checkpoint checkpoint) {
        return keys.knows(checkpoint.keyId()) && java.security.MessageDigest.isEqual(
                keys.sign(checkpoint.keyId(), canonical(checkpoint.seq(), checkpoint.hash(), checkpoint.at()))
                        .getBytes(StandardCharsets.US_ASCII), checkpoint.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private static String canonical(long seq, String hash, Instant at) {
        return "checkpoint\u001f" + seq + "\u001f" + hash + "\u001f" + at;
    }

    private byte[] serialise(Checkpoint checkpoint) {
        try {
            return json.writeValueAsBytes(checkpoint);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write an audit checkpoint", e);
        }
    }
}
