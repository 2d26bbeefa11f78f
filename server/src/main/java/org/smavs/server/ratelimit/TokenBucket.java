package org.smavs.server.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Token-bucket arithmetic, pure: a bucket holds at most {@code perMinute} tokens and refills continuously at
 * {@code perMinute} tokens a minute; each attempt takes one. A refused attempt takes nothing, so a client
 * that waits as told always gets through.
 */
public record TokenBucket(int perMinute) {

    /** The outcome of one attempt and the bucket's state after it. */
    public record Decision(boolean allowed, double tokensLeft, long retryAfterSeconds) {
    }

    public TokenBucket {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
    }

    /** The first attempt on a bucket nobody has used yet (or that was purged as idle). */
    public Decision first() {
        return new Decision(true, perMinute - 1, 0);
    }

    /** An attempt on a bucket that held {@code tokens} when it was last refilled at {@code refilledAt}. */
    public Decision take(double tokens, Instant refilledAt, Instant now) {
        double minutes = Math.max(0, Duration.between(refilledAt, now).toNanos()) / 60e9;
        double available = Math.min(perMinute, tokens + minutes * perMinute);
        if (available >= 1) {
            return new Decision(true, available - 1, 0);
        }
        long wait = (long) Math.ceil((1 - available) * 60.0 / perMinute);
        return new Decision(false, available, Math.max(1, wait));
    }
}
