package org.smavs.server.biometrics;

/** How scores and timings are reported: four decimals, whole milliseconds. */
final class Scores {
    private Scores() {
    }

    static double round(double value) {
        return Math.round(value * 10_000d) / 10_000d;
    }

    static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
