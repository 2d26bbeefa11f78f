package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 429 with the number of seconds the client should wait. */
public class RateLimitedException extends DomainException {
    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(429, ErrorCodes.RATE_LIMITED, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** Refuses (429 with Retry-After) while an account is locked after failed sign-ins; no-op for 0. */
    public static void throwIfLocked(long secondsLocked) {
        if (secondsLocked > 0) {
            throw new RateLimitedException("Too many failed sign-ins for this account; try again in "
                    + secondsLocked + " seconds", secondsLocked);
        }
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
