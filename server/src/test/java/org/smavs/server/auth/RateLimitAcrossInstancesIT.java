package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.ServerApp;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Two server instances on one PostgreSQL database share the sign-in budget of an address: spreading guesses
 * over the instances behind a load balancer buys nothing, and a restarted instance does not forget it.
 */
class RateLimitAcrossInstancesIT {
    @Test
    void guessesSpreadOverTwoInstancesDrawOnOneBudget() {
        // A frozen clock: the budget refills one attempt per 3 s, which a slow restart must not turn into a pass.
        try (TestServer first = TestServer.start(TestDatabase.Kind.POSTGRES, config -> config, MutableClock.startingNow())) {
            ServerApp second = first.startAnotherInstance();
            try {
                int failedSignInsPerAddress = first.app().config().limits().signInsPerMinute();
                ApiClient[] instances = {new ApiClient(first.baseUrl()), new ApiClient(second.baseUrl())};
                for (int i = 0; i < failedSignInsPerAddress; i++) {
                    int guess = i;
                    ApiException refused = catchThrowableOfType(() -> instances[guess % 2].auth()
                            .login("nobody-" + guess + "@uni.test", "guess-" + guess), ApiException.class);
                    assertThat(refused.status()).as("guess %d is only a wrong password", guess).isEqualTo(401);
                }
                for (ApiClient instance : instances) {
                    ApiException limited = catchThrowableOfType(() -> instance.auth()
                            .login("nobody-more@uni.test", "guess"), ApiException.class);
                    assertThat(limited.status()).isEqualTo(429);
                    assertThat(limited.code()).isEqualTo(ErrorCodes.RATE_LIMITED);
                }
                first.restart(config -> config);
                ApiException afterRestart = catchThrowableOfType(() -> new ApiClient(first.baseUrl()).auth()
                        .login("nobody-again@uni.test", "guess"), ApiException.class);
                assertThat(afterRestart.status()).as("the budget outlives a restart").isEqualTo(429);
            } finally {
                second.stop();
            }
        }
    }
}
