package org.smavs.server.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smavs.server.error.RateLimitedException;

/**
 * A token bucket per key (client address, account, kiosk), in memory on this instance. Used as a brake
 * on guessing and flooding: sign-ins per address, kiosk enrolment codes, kiosk PIN attempts, submissions.
 */
public final class RateLimiter {
    private static final int MAX_TRACKED_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final String what;
    private final int perMinute;

    /** {@code what} names the attempts in the error, e.g. "sign-in attempts from this address". */
    public RateLimiter(String what, int perMinute) {
        this.what = what;
        this.perMinute = perMinute;
    }

    public void check(String key) {
        if (buckets.size() > MAX_TRACKED_KEYS) {
            buckets.clear(); // bounded memory beats perfect accounting under a flood of keys
        }
        Bucket bucket = buckets.computeIfAbsent(key == null ? "unknown" : key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
            throw new RateLimitedException("Too many " + what + "; try again in " + seconds + " seconds", seconds);
        }
    }
}
