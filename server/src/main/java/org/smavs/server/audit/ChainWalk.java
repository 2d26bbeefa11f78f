package org.smavs.server.audit;

import java.time.OffsetDateTime;
import org.smavs.model.admin.AuditVerification;

/**
 * The verification of the chain, one event at a time in id order: older unkeyed events first, then keyed ones
 * numbered without gaps. Stops at the first thing that is wrong and says what it is.
 */
final class ChainWalk {
    private final AuditKeys keys;
    private final Long checkpointSeq;
    private String expectedPrev = AuditChain.GENESIS;
    /** The keyed chain starts at #1 and counts without gaps. */
    private long expectedSeq = 1;
    private boolean keyedStarted;
    private long checked;
    private long lastSeq;
    private String lastHash = AuditChain.GENESIS;
    private String hashAtCheckpoint;
    private Long idAtCheckpoint;
    private String problem;
    private String detail;
    private Long brokenId;

    ChainWalk(AuditKeys keys, Long checkpointSeq) {
        this.keys = keys;
        this.checkpointSeq = checkpointSeq;
    }

    /** False once something is wrong (the walk stops there). */
    boolean accept(AuditEventEntity event) {
        Long seq = event.getSeq();
        if (seq == null) {
            if (keyedStarted) {
                return broken("forged", event, "Row " + event.getId() + " is unsigned but comes after the keyed chain "
                        + "began: it was inserted by hand");
            }
            if (!event.getPrevHash().equals(expectedPrev)) {
                return broken("missing_rows", event, "Rows before row " + event.getId() + " are missing or out of order");
            }
            if (!AuditChain.hash(event.getPrevHash(), event.fields()).equals(event.getHash())) {
                return broken("edited", event, "Row " + event.getId() + " was edited after it was written");
            }
        } else {
            if (event.getKeyId() == null || !keys.knows(event.getKeyId())) {
                return broken("forged", event, "Event #" + seq + " (row " + event.getId() + ") is not signed by any of "
                        + "this server's audit keys");
            }
            keyedStarted = true;
            if (seq != expectedSeq) {
                return broken("missing_rows", event, "Events #" + expectedSeq + " to #" + (seq - 1)
                        + " are missing (deleted before row " + event.getId() + ")");
            }
            if (!event.getPrevHash().equals(expectedPrev)
                    || !AuditChain.keyedHash(keys, event.getKeyId(), seq, event.getPrevHash(), event.fields())
                    .equals(event.getHash())) {
                return broken("edited", event, "Event #" + seq + " (row " + event.getId() + ") was edited after it "
                        + "was written");
            }
            expectedSeq = seq + 1;
            lastSeq = seq;
            if (checkpointSeq != null && seq == checkpointSeq.longValue()) {
                hashAtCheckpoint = event.getHash();
                idAtCheckpoint = event.getId();
            }
        }
        expectedPrev = event.getHash();
        lastHash = event.getHash();
        checked++;
        return true;
    }

    private boolean broken(String kind, AuditEventEntity event, String sentence) {
        problem = kind;
        detail = sentence;
        brokenId = event.getId();
        return false;
    }

    /** The problem found while walking, or null. */
    AuditVerification problem(Long lastCheckpointSeq, OffsetDateTime lastCheckpointAt) {
        return problem == null ? null
                : new AuditVerification(false, checked, brokenId, problem, detail, lastCheckpointSeq, lastCheckpointAt);
    }

    AuditVerification fail(String kind, Long id, String sentence, Long lastCheckpointSeq, OffsetDateTime at) {
        return new AuditVerification(false, checked, id, kind, sentence, lastCheckpointSeq, at);
    }

    long checked() {
        return checked;
    }

    long lastSeq() {
        return lastSeq;
    }

    String lastHash() {
        return lastHash;
    }

    String hashAtCheckpoint() {
        return hashAtCheckpoint;
    }

    Long idAtCheckpoint() {
        return idAtCheckpoint;
    }
}
