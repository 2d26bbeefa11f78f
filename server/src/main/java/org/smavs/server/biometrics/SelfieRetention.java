package org.smavs.server.biometrics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.server.persistence.Database;
import org.smavs.server.storage.BlobStore;

/**
 * Deletes selfies (and presence images) older than the retention period, and the record's embedding with them
 * (it was derived from the selfie). The record keeps its scores and reasons. Runs on a schedule from the
 * composition root.
 */
public final class SelfieRetention {
    private static final Logger LOG = LoggerFactory.getLogger(SelfieRetention.class);
    private static final int BATCH = 500;

    private final Database database;
    private final BlobStore blobs;
    private final IntSupplier retentionDays;
    private final Clock clock;

    public SelfieRetention(Database database, BlobStore blobs, IntSupplier retentionDays, Clock clock) {
        this.database = database;
        this.blobs = blobs;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    /** Purges one batch at a time until nothing is left; returns how many images were deleted. */
    public int purgeExpired() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays.getAsInt()));
        int deleted = 0;
        while (true) {
            List<Object[]> rows = database.inTransaction(session -> session.createNativeQuery(
                            "SELECT id, selfie_key, presence_key FROM attendance_records WHERE submitted_at < :cutoff "
                                    + "AND (selfie_key IS NOT NULL OR presence_key IS NOT NULL OR face_embedding IS NOT NULL) "
                                    + "ORDER BY id",
                            Object[].class)
                    .setParameter("cutoff", cutoff).setMaxResults(BATCH).getResultList());
            if (rows.isEmpty()) {
                break;
            }
            for (Object[] row : rows) {
                for (int column = 1; column <= 2; column++) {
                    if (row[column] != null) {
                        blobs.delete((String) row[column]);
                        deleted++;
                    }
                }
                database.run(session -> session.createNativeMutationQuery(
                                "UPDATE attendance_records SET selfie_key = NULL, presence_key = NULL, face_embedding = NULL "
                                        + "WHERE id = :id")
                        .setParameter("id", ((Number) row[0]).longValue()).executeUpdate());
            }
        }
        if (deleted > 0) {
            LOG.info("Retention: deleted {} images older than {}", deleted, cutoff);
        }
        return deleted;
    }
}
