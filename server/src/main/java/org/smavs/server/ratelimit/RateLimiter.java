package org.smavs.server.ratelimit;

import java.time.Clock;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.RateLimitedException;

/**
 * A token bucket per key (client address, account, kiosk) in a {@link BucketStore} shared by all server
 * instances. Used as a brake on guessing and flooding: sign-ins per address, kiosk enrolment codes, kiosk PIN
 * attempts, submissions.
 */
public final class RateLimiter {
    private static final int MAX_KEY_LENGTH = 120;

    private final String scope;
    private final String what;
    private final TokenBucket bucket;
    private final BucketStore store;
    private final Clock clock;

    /**
     * @param scope short name that keeps this limiter's buckets apart from the others' (e.g. "sign-in")
     * @param what  names the attempts in the error, e.g. "sign-in attempts from this address"
     */
    public RateLimiter(String scope, String what, int perMinute, BucketStore store, Clock clock) {
        this.scope = scope;
        this.what = what;
        this.bucket = new TokenBucket(perMinute);
        this.store = store;
        this.clock = clock;
    }

    public void check(String key) {
        TokenBucket.Decision decision = store.take(bucketKey(scope, key), bucket, clock.instant());
        if (!decision.allowed()) {
            long seconds = decision.retryAfterSeconds();
            throw new RateLimitedException("Too many " + what + "; try again in " + seconds + " seconds", seconds);
        }
    }

    /**
     * Scope plus key, as stored; a key too long for the table (a client-chosen value such as an e-mail) is
     * replaced by its hash.
     */
    public static String bucketKey(String scope, String key) {
        String value = key == null ? "unknown" : key;
        if (value.length() > MAX_KEY_LENGTH) {
            value = "sha256:" + Sha256.hex(value);
        }
        return scope + ":" + value;
    }
}
