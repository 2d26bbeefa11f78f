package org.smavs.model.admin;

import java.time.OffsetDateTime;

/**
 * The audit chain's check. {@code problem}: null when valid, else {@code edited} (a row's content changed),
 * {@code missing_rows} (rows removed from the middle), {@code missing_tail} (the newest rows removed),
 * {@code forged} (a row not signed by this server's keys), {@code rewritten_after_checkpoint} (the chain no
 * longer matches a checkpoint kept outside the database) or {@code bad_checkpoint}; {@code detail} says it in
 * words. The last checkpoint is the one compared with.
 */
public record AuditVerification(boolean valid, long checked, Long firstBrokenId, String problem, String detail,
                                Long lastCheckpointSeq, OffsetDateTime lastCheckpointAt) {

    public AuditVerification(boolean valid, long checked, Long firstBrokenId) {
        this(valid, checked, firstBrokenId, null, null, null, null);
    }
}
