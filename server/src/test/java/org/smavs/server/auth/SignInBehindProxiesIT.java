package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smavs.model.ApiPaths;
import org.smavs.server.config.HttpSettings;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Behind a load balancer the client address comes from X-Forwarded-For, whose left-most entries the client
 * writes itself. With the balancer in SMAVS_TRUSTED_PROXIES the server takes the right-most entry it does not
 * trust, so an attacker who varies the left-most entry still meets the per-address sign-in limit.
 */
class SignInBehindProxiesIT {
    private static final String ATTACKER = "203.0.113.7";

    @Test
    void aClientTypedForwardedForEntryDoesNotEscapeTheSignInLimit() {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2, config -> config.withHttp(new HttpSettings(
                List.of("*"), false, false, List.of("127.0.0.1", "10.0.0.0/8"), 5, List.of("image/jpeg", "image/png"),
                30)), Clock.systemUTC())) {
            RawHttp raw = new RawHttp(server.baseUrl());
            List<Integer> statuses = new ArrayList<>();
            for (int attempt = 0; attempt < 8; attempt++) {
                // the attacker's own entry changes every time; the balancer (10.1.2.3, trusted) appends the real peer
                statuses.add(signIn(raw, "student@smavs.com", "wrong-password",
                        "198.51.100." + attempt + ", " + ATTACKER + ", 10.1.2.3").statusCode());
            }
            assertThat(statuses.subList(0, 5)).containsOnly(401);
            assertThat(statuses.subList(5, 8)).as("the attacker's real address is throttled").containsOnly(429);

            // a classmate behind the same balancer, from another address, is not affected
            assertThat(signIn(raw, "student@smavs.com", "student123", "198.51.100.77, 10.1.2.3").statusCode())
                    .isEqualTo(200);
        }
    }

    private static HttpResponse<String> signIn(RawHttp raw, String email, String password, String forwardedFor) {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
        return raw.send("POST", ApiPaths.AUTH_LOGIN, "application/json", body.getBytes(),
                Map.of("X-Forwarded-For", forwardedFor));
    }
}
