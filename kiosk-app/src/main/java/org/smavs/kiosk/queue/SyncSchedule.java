package org.smavs.kiosk.queue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.smavs.kiosk.shell.ServerErrors;
import org.smavs.kiosk.shell.StatusViewModel;
import org.smavs.kiosk.shell.UiExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides when the background sync runs: every {@code interval} while anything is queued, one at a time,
 * on a worker thread; reports the queue size and the connection state to the status bar.
 */
public final class SyncSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(SyncSchedule.class);

    private final OfflineSync sync;
    private final OfflineQueue queue;
    private final UiExecutor executor;
    private final Clock clock;
    private final Duration interval;
    private final StatusViewModel status;
    private final Runnable onRevoked;
    private Instant nextRunAt = Instant.MIN;
    private boolean running;

    public SyncSchedule(OfflineSync sync, OfflineQueue queue, UiExecutor executor, Clock clock, Duration interval,
                        StatusViewModel status, Runnable onRevoked) {
        this.sync = sync;
        this.queue = queue;
        this.executor = executor;
        this.clock = clock;
        this.interval = interval;
        this.status = status;
        this.onRevoked = onRevoked;
    }

    /** FX thread, a few times a second. */
    public void tick() {
        status.queuedProperty().set(queue.queuedCount());
        Instant now = clock.instant();
        if (running || queue.queuedCount() == 0 || now.isBefore(nextRunAt)) {
            return;
        }
        running = true;
        executor.submit(sync::syncOnce, round -> {
            running = false;
            status.offlineRefused(round.refused());
            nextRunAt = clock.instant().plus(interval);
            status.serverAnswered();
            status.queuedProperty().set(queue.queuedCount());
        }, error -> {
            running = false;
            nextRunAt = clock.instant().plus(interval);
            if (ServerErrors.isRevocation(error)) {
                onRevoked.run();
            } else if (ServerErrors.isUnreachable(error)) {
                status.serverUnreachable();
            } else {
                LOG.warn("Offline sync failed; will retry: {}", error.getMessage());
            }
        });
    }

    /** Try again at the next tick (the server just came back). */
    public void runSoon() {
        nextRunAt = Instant.MIN;
    }
}
