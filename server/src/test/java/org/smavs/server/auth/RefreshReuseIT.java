package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.auth.TokenPair;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * A refresh token used again within the leeway (two tabs, a lost answer) gets the same successor; used again
 * after it, it is taken for stolen and the whole login is signed out.
 */
class RefreshReuseIT {

    @Test
    void reuseWithinTheLeewayIsARetryAfterItATheft() {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2, config -> config, clock)) {
            ApiClient client = server.newStudent("Reuse Tester");
            String first = client.refreshToken();
            TokenPair second = server.anonymous().auth().refresh(first);
            TokenPair retried = server.anonymous().auth().refresh(first);
            assertThat(retried.refreshToken()).isEqualTo(second.refreshToken());

            clock.advance(RefreshTokens.REUSE_LEEWAY.plus(Duration.ofSeconds(1)));
            assertThatThrownBy(() -> server.anonymous().auth().refresh(first))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
            // The thief replayed the old token: the legitimate successor is revoked too.
            assertThatThrownBy(() -> server.anonymous().auth().refresh(second.refreshToken()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        }
    }
}
