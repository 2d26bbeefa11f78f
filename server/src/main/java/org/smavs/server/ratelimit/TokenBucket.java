package org.smavs.server.ratelimit;

import java.time.Duration;
import java.time.Instant;

/**
 * Token-bucket arithmetic, pure: a bucket holds at most {@code capacity} tokens and refills continuously at
 * {@code refillPerMinute} tokens a minute; each attempt takes one. A refused attempt takes nothing, so a
 * client that waits as told always gets through.
 */
public record TokenBucket(int capacity, double refillPerMinute) {

    /** The outcome of one attempt and the bucket's state after it. */
    public record Decision(boolean allowed, double tokensLeft, long retryAfterSeconds) {
    }

    public TokenBucket {
        if (capacity < 1 || !(refillPerMinute > 0)) {
            throw new IllegalArgumentException("a bucket needs a capacity of at least 1 and a positive refill rate");
        }
    }

    /** The common case: {@code perMinute} attempts at once, refilled within a minute. */
    public TokenBucket(int perMinute) {
        this(perMinute, perMinute);
    }

    /** The first attempt on a bucket nobody has used yet (or that was purged as idle). */
    public Decision first() {
        return new Decision(true, capacity - 1, 0);
    }

    /** An attempt on a bucket that held {@code tokens} when it was last refilled at {@code refilledAt}. */
    public Decision take(double tokens, Instant refilledAt, Instant now) {
        double available = available(tokens, refilledAt, now);
        if (available >= 1) {
            return new Decision(true, available - 1, 0);
        }
        return new Decision(false, available, secondsUntil(available, 1));
    }

    /** Tokens in the bucket at {@code now}, without taking any. */
    public double available(double tokens, Instant refilledAt, Instant now) {
        double minutes = Math.max(0, Duration.between(refilledAt, now).toNanos()) / 60e9;
        return Math.min(capacity, tokens + minutes * refillPerMinute);
    }

    /** Whole seconds (at least 1) until a bucket holding {@code available} tokens holds {@code wanted}. */
    public long secondsUntil(double available, double wanted) {
        double missing = Math.min(capacity, wanted) - available;
        return Math.max(1, (long) Math.ceil(missing * 60.0 / refillPerMinute));
    }
}
