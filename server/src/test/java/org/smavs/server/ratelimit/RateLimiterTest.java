package org.smavs.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.smavs.server.error.RateLimitedException;

class RateLimiterTest {
    private final Instant start = Instant.parse("2026-11-25T14:00:00Z");
    private final InMemoryBucketStore store = new InMemoryBucketStore();

    @Test
    void theAttemptAfterTheLimitIsRefusedWithAWaitAndOtherKeysAreUnaffected() {
        RateLimiter limiter = new RateLimiter("sign-in", "sign-in attempts from this address", 3, store,
                Clock.fixed(start, ZoneOffset.UTC));
        for (int i = 0; i < 3; i++) {
            limiter.check("10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.check("10.0.0.1"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isEqualTo(20);
                    assertThat(e.getMessage()).isEqualTo("Too many sign-in attempts from this address; try again in 20 seconds");
                });
        limiter.check("10.0.0.2");
    }

    @Test
    void limitersWithTheSameKeyKeepSeparateBucketsAndHugeKeysAreHashed() {
        Clock clock = Clock.fixed(start, ZoneOffset.UTC);
        new RateLimiter("sign-in", "sign-ins", 1, store, clock).check("10.0.0.1");
        new RateLimiter("kiosk-enrol", "enrolments", 1, store, clock).check("10.0.0.1");
        new RateLimiter("sign-in", "sign-ins", 1, store, clock).check("x".repeat(5000));

        assertThat(store.keys()).contains("sign-in:10.0.0.1", "kiosk-enrol:10.0.0.1")
                .allSatisfy(key -> assertThat(key.length()).isLessThanOrEqualTo(200));
    }

    @Test
    void theBucketRefillsOverTimeAndARefusedAttemptCostsNothing() {
        TokenBucket bucket = new TokenBucket(6); // one token every 10 s
        TokenBucket.Decision empty = new TokenBucket.Decision(true, 0, 0);

        TokenBucket.Decision tooSoon = bucket.take(empty.tokensLeft(), start, start.plusSeconds(4));
        assertThat(tooSoon.allowed()).isFalse();
        assertThat(tooSoon.retryAfterSeconds()).isEqualTo(6);
        assertThat(tooSoon.tokensLeft()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(1e-9));

        TokenBucket.Decision waited = bucket.take(tooSoon.tokensLeft(), start.plusSeconds(4), start.plusSeconds(10));
        assertThat(waited.allowed()).as("waiting as told is enough").isTrue();
        assertThat(bucket.take(0, start, start.plus(Duration.ofHours(2))).tokensLeft()).as("never above capacity")
                .isEqualTo(5);
        assertThat(bucket.take(3, start, start.minusSeconds(30)).tokensLeft()).as("a clock going back refills nothing")
                .isEqualTo(2);
    }
}
