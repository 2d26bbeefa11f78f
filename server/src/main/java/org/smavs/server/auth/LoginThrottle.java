package org.smavs.server.auth;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.smavs.server.error.RateLimitedException;

/**
 * Two brakes on password guessing. Per client IP: a token bucket (in memory, per instance). Per account:
 * {@link AccountLockoutPolicy} stored on the user row, so it holds across instances. The account lock
 * is short and capped, so an attacker can delay a real user by minutes at most, never lock them out.
 */
public final class LoginThrottle {
    private static final int MAX_TRACKED_IPS = 100_000;

    private final Map<String, Bucket> bucketsByIp = new ConcurrentHashMap<>();
    private final int attemptsPerMinute;

    public LoginThrottle(int attemptsPerMinute) {
        this.attemptsPerMinute = attemptsPerMinute;
    }

    public void checkIp(String ip) {
        if (bucketsByIp.size() > MAX_TRACKED_IPS) {
            bucketsByIp.clear(); // bounded memory beats perfect accounting under a flood of addresses
        }
        Bucket bucket = bucketsByIp.computeIfAbsent(ip == null ? "unknown" : ip, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attemptsPerMinute)
                        .refillGreedy(attemptsPerMinute, Duration.ofMinutes(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1;
            throw new RateLimitedException("Too many sign-in attempts from this address; try again in "
                    + seconds + " seconds", seconds);
        }
    }

    public static void checkAccount(Instant lockedUntil, Instant now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            long seconds = Duration.between(now, lockedUntil).toSeconds() + 1;
            throw new RateLimitedException("Too many failed sign-ins for this account; try again in "
                    + seconds + " seconds", seconds);
        }
    }
}
