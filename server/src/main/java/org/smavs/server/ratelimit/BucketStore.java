package org.smavs.server.ratelimit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Where token buckets live; one attempt is atomic per key, whichever server instance makes it. */
public interface BucketStore {
    TokenBucket.Decision take(String key, TokenBucket bucket, Instant now);

    /** Tokens the bucket holds at {@code now} (full when nobody used it yet); takes nothing. */
    double available(String key, TokenBucket bucket, Instant now);

    /** {@link #available} of several buckets at once (a store may answer them in one round trip). */
    default Map<String, Double> available(Map<String, TokenBucket> buckets, Instant now) {
        Map<String, Double> tokens = new HashMap<>();
        buckets.forEach((key, bucket) -> tokens.put(key, available(key, bucket, now)));
        return tokens;
    }
}
