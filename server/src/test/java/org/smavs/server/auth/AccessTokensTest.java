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
        String oldToken = before.issue(7, Role.LECTURER);

        AccessTokens rotated = new AccessTokens(List.of("new-secret-new-secret-new-secret-yy", "old-secret-old-secret-old-secret-xx"),
                "HS256", Duration.ofMinutes(15), clock);
        assertThat(rotated.verify(oldToken)).isEqualTo(new AccessTokens.VerifiedToken(7, Role.LECTURER));
        assertThat(rotated.verify(rotated.issue(8, Role.STUDENT)).userId()).isEqualTo(8);

        AccessTokens dropped = new AccessTokens(List.of("new-secret-new-secret-new-secret-yy"), "HS256", Duration.ofMinutes(15), clock);
        assertThatThrownBy(() -> dropped.verify(oldToken)).isInstanceOf(UnauthorizedException.class);
    }

    @Test
    void tokensExpire() {
        AccessTokens tokens = new AccessTokens(List.of("a-secret-a-secret-a-secret-a-secret"), "HS256", Duration.ofMinutes(15), clock);
        String token = tokens.issue(1, Role.STUDENT);
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
