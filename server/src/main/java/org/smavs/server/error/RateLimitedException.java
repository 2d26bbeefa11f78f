package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 429 with the number of seconds the client should wait. */
public class RateLimitedException extends DomainException {
    private final long retryAfterSeconds;

    public RateLimitedException(String message, long retryAfterSeconds) {
        super(429, ErrorCodes.RATE_LIMITED, message);
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
