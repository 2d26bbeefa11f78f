package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.model.auth.Role;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.testing.MutableClock;

class AccessTokensTest {
    private final MutableClock clock = MutableClock.startingNow();

    @Test
    void rotatingTheSecretKeepsOldTokensValidUntilTheOldSecretIsDropped() {
        AccessTokens before = new AccessTokens(List.of("old-secret-old-secret-old-secret-xx"), "HS256", Duration.ofMinutes(15), clock);
        String oldToken = before.issue(7, Role.LECTURER, "login-7");

        AccessTokens rotated = new AccessTokens(List.of("new-secret-new-secret-new-secret-yy", "old-secret-old-secret-old-secret-xx"),
                "HS256", Duration.ofMinutes(15), clock);
        AccessTokens.VerifiedToken verified = rotated.verify(oldToken);
        assertThat(verified.userId()).isEqualTo(7);
        assertThat(verified.role()).isEqualTo(Role.LECTURER);
        assertThat(verified.loginId()).isEqualTo("login-7");
        assertThat(rotated.verify(rotated.issue(8, Role.STUDENT, "login-8")).userId()).isEqualTo(8);

        AccessTokens dropped = new AccessTokens(List.of("new-secret-new-secret-new-secret-yy"), "HS256", Duration.ofMinutes(15), clock);
        assertThatThrownBy(() -> dropped.verify(oldToken)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void tokensExpire() {
        AccessTokens tokens = new AccessTokens(List.of("a-secret-a-secret-a-secret-a-secret"), "HS256", Duration.ofMinutes(15), clock);
        String token = tokens.issue(1, Role.STUDENT, "login-1");
        clock.advance(Duration.ofMinutes(16));
        assertThatThrownBy(() -> tokens.verify(token)).isInstanceOf(UnauthorizedException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void onlyHs256IsAccepted() {
        assertThatThrownBy(() -> new AccessTokens(List.of("s"), "none", Duration.ofMinutes(1), clock))
                .hasMessageContaining("HS256");
    }
}
