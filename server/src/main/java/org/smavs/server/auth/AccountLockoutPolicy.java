package org.smavs.server.auth;

import java.time.Duration;
import java.time.Instant;

/**
 * After {@link #FREE_ATTEMPTS} consecutive failures an account is locked for 30 s, doubling with each
 * further failure up to {@link #MAX_LOCK}. A success resets the count.
 */
public final class AccountLockoutPolicy {
    public static final int FREE_ATTEMPTS = 5;
    public static final Duration MAX_LOCK = Duration.ofMinutes(15);

    private AccountLockoutPolicy() {
    }

    /** Whole seconds the account stays locked (rounded up); 0 when it is not locked. */
    public static long secondsLocked(Instant lockedUntil, Instant now) {
        if (lockedUntil == null || !lockedUntil.isAfter(now)) {
            return 0;
        }
        return Duration.between(now, lockedUntil).toSeconds() + 1;
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
