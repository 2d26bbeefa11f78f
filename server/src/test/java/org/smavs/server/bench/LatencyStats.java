package org.smavs.server.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Wall-clock percentiles plus the mean CPU time of the calling thread, shared by the benchmark mains: on a
 * machine shared with other work the CPU time stays meaningful when wall-clock figures are inflated by
 * waiting for a core.
 */
public record LatencyStats(double mean, double p50, double p95, double cpuMean) {

    /** Runs {@code task} a quarter of {@code runs} times to warm up, then {@code runs} measured times. */
    public static LatencyStats measure(Runnable task, int runs) {
        for (int i = 0; i < runs / 4; i++) {
            task.run();
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] ms = new double[runs];
        long cpuStart = threads.getCurrentThreadCpuTime();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            task.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double cpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6 / runs;
        return of(ms, cpuMs);
    }

    public static LatencyStats of(double[] values, double cpuMean) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new LatencyStats(Arrays.stream(values).average().orElse(0), percentile(sorted, 50),
                percentile(sorted, 95), cpuMean);
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** The face model directory the tests use: -Dsmavs.models.dir, else ~/.cache/smavs/models. */
    public static Path modelDirectory() {
        String configured = System.getProperty("smavs.models.dir");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "smavs", "models");
    }

    /** A test resource's bytes (e.g. "/faces/grace_hopper.jpg"). */
    public static byte[] resource(String name) throws IOException {
        try (InputStream in = LatencyStats.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("missing test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
