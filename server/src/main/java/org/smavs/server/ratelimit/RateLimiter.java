package org.smavs.server.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
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
        TokenBucket.Decision decision = store.take(bucketKey(key), bucket, clock.instant());
        if (!decision.allowed()) {
            long seconds = decision.retryAfterSeconds();
            throw new RateLimitedException("Too many " + what + "; try again in " + seconds + " seconds", seconds);
        }
    }

    /** Scope plus key; a key too long for the table (a client-chosen value) is replaced by its hash. */
    private String bucketKey(String key) {
        String value = key == null ? "unknown" : key;
        if (value.length() > MAX_KEY_LENGTH) {
            value = "sha256:" + HexFormat.of().formatHex(sha256(value));
        }
        return scope + ":" + value;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
