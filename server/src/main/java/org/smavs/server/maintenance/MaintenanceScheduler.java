package org.smavs.server.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs housekeeping jobs (selfie retention, old idempotency keys) every hour on one daemon thread. A
 * failing job is logged and tried again at the next run; it never stops the others.
 */
public final class MaintenanceScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceScheduler.class);

    private final Map<String, Runnable> jobs = new LinkedHashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smavs-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    public MaintenanceScheduler add(String name, Runnable job) {
        jobs.put(name, job);
        return this;
    }

    public MaintenanceScheduler startHourly() {
        scheduler.scheduleWithFixedDelay(this::runAll, 1, 60, TimeUnit.MINUTES);
        return this;
    }

    public void runAll() {
        jobs.forEach((name, job) -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Maintenance job '{}' failed; it will run again in an hour", name, e);
            }
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
