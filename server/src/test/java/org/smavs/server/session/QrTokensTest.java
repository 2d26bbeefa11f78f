package org.smavs.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class QrTokensTest {
    private static final String SECRET = "session-secret";
    private final QrTokens tokens = new QrTokens(15, 1, n -> new byte[n]);
    private final Instant t0 = Instant.parse("2026-11-25T14:00:00Z");

    @Test
    void aFreshTokenIsValidForItsSessionAndExpiresAtTheEndOfItsStep() {
        QrTokens.Issued issued = tokens.issue(42, SECRET, t0.plusSeconds(3));
        assertThat(issued.expiresAt()).isEqualTo(t0.plusSeconds(15));
        assertThat(QrTokens.sessionIdOf(issued.token())).isEqualTo(42L);
        assertThat(tokens.verify(issued.token(), 42, SECRET, t0.plusSeconds(14))).isEqualTo(QrTokens.Outcome.VALID);
    }

    @Test
    void oneStepLateIsInGraceAndLaterIsExpired() {
        String token = tokens.issue(42, SECRET, t0).token();
        assertThat(tokens.verify(token, 42, SECRET, t0.plusSeconds(16))).isEqualTo(QrTokens.Outcome.IN_GRACE);
        assertThat(tokens.verify(token, 42, SECRET, t0.plusSeconds(31))).isEqualTo(QrTokens.Outcome.EXPIRED);
    }

    @Test
    void anotherSessionOrSecretOrATamperedStepIsInvalid() {
        String token = tokens.issue(42, SECRET, t0).token();
        assertThat(tokens.verify(token, 43, SECRET, t0)).isEqualTo(QrTokens.Outcome.INVALID);
        assertThat(tokens.verify(token, 42, "rotated-secret", t0)).isEqualTo(QrTokens.Outcome.INVALID);
        String[] parts = token.split("\\.");
        String later = parts[0] + "." + (Long.parseLong(parts[1]) + 10) + "." + parts[2] + "." + parts[3];
        assertThat(tokens.verify(later, 42, SECRET, t0.plusSeconds(150))).isEqualTo(QrTokens.Outcome.INVALID);
        assertThat(tokens.verify("garbage", 42, SECRET, t0)).isEqualTo(QrTokens.Outcome.INVALID);
    }

    @Test
    void theSeedsSplitFormJoinsBackIntoTheToken() {
        String token = tokens.issue(42, SECRET, t0).token();
        String rest = token.substring(token.indexOf('.') + 1);
        assertThat(QrTokens.join("42", rest)).isEqualTo(token);
        assertThat(QrTokens.join("42", token)).isEqualTo(token);
        assertThat(QrTokens.join("7", token)).isNull();
    }
}
