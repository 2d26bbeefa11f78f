package org.smavs.server.maintenance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs housekeeping jobs on one daemon thread: hourly ones (selfie retention, old idempotency keys) and
 * minutely ones (ending sessions whose time is up). A failing job is logged and tried again at the next run;
 * it never stops the others.
 */
public final class MaintenanceScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MaintenanceScheduler.class);
    /** How often the frequent jobs run (light checks that must act within seconds). */
    public static final int FREQUENT_SECONDS = 5;

    private final Map<String, Runnable> jobs = new LinkedHashMap<>();
    private final Map<String, Runnable> minutely = new LinkedHashMap<>();
    private final Map<String, Runnable> frequent = new LinkedHashMap<>();
    /** Its own thread, so a long hourly job never delays checks that must happen within seconds. */
    private final ScheduledExecutorService frequentScheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smavs-frequent");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "smavs-maintenance");
        thread.setDaemon(true);
        return thread;
    });

    public MaintenanceScheduler add(String name, Runnable job) {
        jobs.put(name, job);
        return this;
    }

    public MaintenanceScheduler addMinutely(String name, Runnable job) {
        minutely.put(name, job);
        return this;
    }

    /** Jobs run every {@link #FREQUENT_SECONDS} seconds (light checks only: they share one thread). */
    public MaintenanceScheduler addFrequent(String name, Runnable job) {
        frequent.put(name, job);
        return this;
    }

    public MaintenanceScheduler startHourly() {
        frequentScheduler.scheduleWithFixedDelay(() -> run(frequent, FREQUENT_SECONDS + " seconds"), FREQUENT_SECONDS,
                FREQUENT_SECONDS, TimeUnit.SECONDS);
        scheduler.scheduleWithFixedDelay(() -> run(jobs, "an hour"), 1, 60, TimeUnit.MINUTES);
        scheduler.scheduleWithFixedDelay(() -> run(minutely, "a minute"), 1, 1, TimeUnit.MINUTES);
        return this;
    }

    /** Every job now, minutely and hourly (operators' tooling and tests). */
    public void runAll() {
        run(frequent, FREQUENT_SECONDS + " seconds");
        run(minutely, "a minute");
        run(jobs, "an hour");
    }

    private static void run(Map<String, Runnable> due, String nextRun) {
        due.forEach((name, job) -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                LOG.warn("Maintenance job '{}' failed; it will run again in {}", name, nextRun, e);
            }
        });
    }

    @Override
    public void close() {
        frequentScheduler.shutdownNow();
        scheduler.shutdownNow();
    }
}
