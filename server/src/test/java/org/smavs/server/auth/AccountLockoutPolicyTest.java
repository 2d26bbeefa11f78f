package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AccountLockoutPolicyTest {
    private final Instant now = Instant.parse("2026-11-25T10:00:00Z");

    @Test
    void theFirstFailuresAreFree() {
        for (int failures = 0; failures < AccountLockoutPolicy.FREE_ATTEMPTS; failures++) {
            assertThat(AccountLockoutPolicy.lockedUntil(failures, now)).isNull();
        }
    }

    @Test
    void locksDoubleButNeverExceedFifteenMinutes() {
        assertThat(AccountLockoutPolicy.lockedUntil(5, now)).isEqualTo(now.plusSeconds(30));
        assertThat(AccountLockoutPolicy.lockedUntil(6, now)).isEqualTo(now.plusSeconds(60));
        assertThat(AccountLockoutPolicy.lockedUntil(1_000, now)).isEqualTo(now.plus(Duration.ofMinutes(15)));
    }
}
