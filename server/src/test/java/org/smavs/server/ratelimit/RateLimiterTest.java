package org.smavs.server.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smavs.server.error.RateLimitedException;

class RateLimiterTest {

    @Test
    void theAttemptAfterTheLimitIsRefusedWithAWaitAndOtherKeysAreUnaffected() {
        RateLimiter limiter = new RateLimiter("sign-in attempts from this address", 3);
        for (int i = 0; i < 3; i++) {
            limiter.check("10.0.0.1");
        }
        assertThatThrownBy(() -> limiter.check("10.0.0.1"))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfterSeconds()).isBetween(1L, 60L);
                    assertThat(e.getMessage()).startsWith("Too many sign-in attempts from this address; try again in");
                });
        limiter.check("10.0.0.2");
    }
}
