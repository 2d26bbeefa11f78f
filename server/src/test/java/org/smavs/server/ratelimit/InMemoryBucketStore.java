package org.smavs.server.ratelimit;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A test double: buckets in a map, for unit tests of the limiter without a database. */
public final class InMemoryBucketStore implements BucketStore {
    private record State(double tokens, Instant refilledAt) {
    }

    private final Map<String, State> buckets = new HashMap<>();

    @Override
    public synchronized TokenBucket.Decision take(String key, TokenBucket bucket, Instant now) {
        State state = buckets.get(key);
        TokenBucket.Decision decision = state == null ? bucket.first() : bucket.take(state.tokens(), state.refilledAt(), now);
        buckets.put(key, new State(decision.tokensLeft(), now));
        return decision;
    }

    @Override
    public synchronized double available(String key, TokenBucket bucket, Instant now) {
        State state = buckets.get(key);
        return state == null ? bucket.capacity() : bucket.available(state.tokens(), state.refilledAt(), now);
    }

    synchronized java.util.Set<String> keys() {
        return buckets.keySet();
    }
}
