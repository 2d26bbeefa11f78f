package org.smavs.server.ratelimit;

import java.time.Instant;

/** Where token buckets live; one attempt is atomic per key, whichever server instance makes it. */
public interface BucketStore {
    TokenBucket.Decision take(String key, TokenBucket bucket, Instant now);

    /** Tokens the bucket holds at {@code now} (full when nobody used it yet); takes nothing. */
    double available(String key, TokenBucket bucket, Instant now);
}
