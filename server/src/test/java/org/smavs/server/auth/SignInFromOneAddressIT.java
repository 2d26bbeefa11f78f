package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.smavs.model.ApiPaths;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.server.config.Limits;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * A lecture hall behind one campus NAT address (every request here comes from 127.0.0.1): a guesser among
 * the students is throttled while the classmates sign in; closed self-registration refuses strangers.
 */
class SignInFromOneAddressIT {

    @Test
    void classmatesSignInWhileAGuesserOnTheSameAddressGets429() throws Exception {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            RawHttp raw = new RawHttp(server.baseUrl());
            List<String> classmates = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String email = "classmate" + i + "@uni.test";
                server.registrar().auth().register(new RegisterRequest(email, "password-" + i, "Classmate " + i));
                classmates.add(email);
            }
            int guesses = 300;
            int throttled = 0;
            for (int i = 0; i < guesses; i++) {
                HttpResponse<String> guess = login(raw, "victim" + (i % 10) + "@uni.test", "guess-" + i);
                assertThat(guess.statusCode()).isIn(401, 429);
                if (guess.statusCode() == 429) {
                    assertThat(guess.headers().firstValue("Retry-After")).isPresent();
                    throttled++;
                }
            }
            assertThat(throttled).isGreaterThan(guesses - 40);

            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < classmates.size(); i++) {
                    String email = classmates.get(i);
                    String password = "password-" + i;
                    answers.add(pool.submit(() -> login(raw, email, password).statusCode()));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get()).isEqualTo(200);
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    @Test
    void closedSelfRegistrationRefusesStrangersButNotAdmins() {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2,
                config -> config.withLimits(closedRegistration(config.limits())), Clock.systemUTC())) {
            RawHttp raw = new RawHttp(server.baseUrl());
            HttpResponse<String> stranger = raw.postJson(ApiPaths.AUTH_REGISTER,
                    "{\"email\":\"walk-in@uni.test\",\"password\":\"long enough 1\",\"full_name\":\"Walk In\"}");
            assertThat(stranger.statusCode()).isEqualTo(403);
            assertThat(RawHttp.error(stranger).detail()).contains("Self-registration is switched off");
            assertThat(server.registrar().auth().register(
                    new RegisterRequest("invited@uni.test", "long enough 2", "Invited")).email()).isEqualTo("invited@uni.test");
        }
    }

    private static Limits closedRegistration(Limits limits) {
        return new Limits(limits.signInsPerMinute(), limits.signInFailuresPerAccountPerHour(),
                limits.registrationsPerMinute(), false, limits.kioskEnrolmentsPerMinute(),
                limits.submissionsPerMinute(), limits.kioskCheckInsPerMinute(), limits.idempotencyRetentionDays());
    }

    private static HttpResponse<String> login(RawHttp raw, String email, String password) {
        return raw.postJson(ApiPaths.AUTH_LOGIN, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
    }
}
