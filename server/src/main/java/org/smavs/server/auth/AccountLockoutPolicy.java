package org.smavs.server.auth;

import java.time.Duration;
import java.time.Instant;
import org.smavs.server.error.RateLimitedException;

/**
 * After {@link #FREE_ATTEMPTS} consecutive failures an account is locked for 30 s, doubling with each
 * further failure up to {@link #MAX_LOCK}. A success resets the count.
 */
public final class AccountLockoutPolicy {
    public static final int FREE_ATTEMPTS = 5;
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private AccountLockoutPolicy() {
    }

    /** Refuses (429 with Retry-After) while the account is locked. */
    public static void requireUnlocked(Instant lockedUntil, Instant now) {
        if (lockedUntil != null && lockedUntil.isAfter(now)) {
            long seconds = Duration.between(now, lockedUntil).toSeconds() + 1;
            throw new RateLimitedException("Too many failed sign-ins for this account; try again in "
                    + seconds + " seconds", seconds);
        }
    }

    /** The lock to apply after the {@code failures}-th consecutive failure; null for none. */
    public static Instant lockedUntil(int failures, Instant now) {
        if (failures < FREE_ATTEMPTS) {
            return null;
        }
        int doublings = Math.min(failures - FREE_ATTEMPTS, 10);
        Duration lock = Duration.ofSeconds(30L << doublings);
        return now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
    }
}
