package org.smavs.kiosk.queue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.kiosk.OfflineResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Uploads queued check-ins in small batches. An item leaves the queue only after the server answered for
 * its idempotency key with a record, or with a per-item error it will give again on every retry (unknown
 * student, session not running at the capture time, ...). Items answered with a temporary error (rate
 * limit, a dependency down) stay queued and are sent again with the same key later. If the
 * kiosk dies between the server's answer and the local acknowledgement, the next run re-sends the same key
 * and the server answers with the record it already stored, so nothing counts twice.
 */
public final class OfflineSync {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineSync.class);
    /** Per-item error codes the server does not remember: the same item may succeed later. */
    static final Set<String> RETRY_LATER = Set.of(ErrorCodes.RATE_LIMITED, ErrorCodes.SERVICE_UNAVAILABLE,
            ErrorCodes.FACE_UNAVAILABLE, ErrorCodes.INTERNAL_ERROR);

    private final OfflineQueue queue;
    private final KioskBackend backend;
    private final int batchSize;

    public OfflineSync(OfflineQueue queue, KioskBackend backend, int batchSize) {
        this.queue = queue;
        this.backend = backend;
        this.batchSize = batchSize;
    }

    /**
     * Blocking; runs on a background thread. Returns how many items the server acknowledged and which it refused.
     * @throws org.smavs.client.ApiException when the server is unreachable or refuses the kiosk
     */
    public SyncRound syncOnce() {
        int acknowledged = 0;
        List<RefusedCheckIn> refused = new ArrayList<>();
        while (queue.size() > 0) {
            List<OfflineCheckIn> batch = queue.peek(batchSize);
            List<OfflineResult> answer = backend.uploadOffline(new OfflineBatch(batch));
            List<OfflineResult> results = answer == null ? List.of() : answer;
            List<String> answered = results.stream()
                    .filter(result -> result.record() != null || !RETRY_LATER.contains(result.errorCode()))
                    .map(OfflineResult::idempotencyKey)
                    .filter(key -> batch.stream().anyMatch(item -> item.idempotencyKey().equals(key)))
                    .toList();
            results.stream().filter(result -> result.record() == null && answered.contains(result.idempotencyKey()))
                    .map(result -> refusal(batch, result)).forEach(refusal -> {
                        refused.add(refusal);
                        LOG.warn("The server refused offline check-in {} (session {}, captured {}): {} {}",
                                refusal.idempotencyKey(), refusal.sessionId(), refusal.capturedAt(),
                                refusal.errorCode(), refusal.reason());
                    });
            results.stream().filter(result -> result.record() == null && RETRY_LATER.contains(result.errorCode()))
                    .forEach(result -> LOG.info("Offline check-in {} stays queued: {} {}", result.idempotencyKey(),
                            result.errorCode(), result.error()));
            if (answered.isEmpty()) {
                LOG.warn("Server answered an offline batch of {} without acknowledging any item", batch.size());
                break;
            }
            try {
                queue.acknowledge(answered);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot record the server's acknowledgement", e);
            }
            acknowledged += answered.size();
        }
        if (acknowledged > 0) {
            LOG.info("Synced {} offline check-in(s); {} still queued", acknowledged, queue.size());
        }
        return new SyncRound(acknowledged, refused);
    }

    private static RefusedCheckIn refusal(List<OfflineCheckIn> batch, OfflineResult result) {
        OfflineCheckIn item = batch.stream().filter(queued -> queued.idempotencyKey().equals(result.idempotencyKey()))
                .findFirst().orElseThrow();
        return new RefusedCheckIn(item.idempotencyKey(), item.capturedAt(), item.studentNumber(), item.sessionId(),
                result.errorCode(), result.error());
    }
}
