package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;
import org.smavs.model.error.ApiError;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** Registration, login, tokens and account rules over real HTTP; run on H2 and on PostgreSQL. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AuthContract {
    private TestServer server;
    private RawHttp raw;

    abstract TestDatabase.Kind database();

    @BeforeAll
    void startServer() {
        server = TestServer.start(database());
        raw = new RawHttp(server.baseUrl());
    }

    @AfterAll
    void stopServer() {
        server.close();
    }

    @Test
    void studentRegistersLogsInReadsProfileRefreshesAndLogsOut() {
        ApiClient client = server.anonymous();
        User user = client.auth().register(new RegisterRequest("Alice@Uni.test", "correct horse", "Alice Liddell"));
        assertThat(user.email()).isEqualTo("alice@uni.test");
        assertThat(user.role()).isEqualTo(Role.STUDENT);

        TokenPair tokens = client.auth().login("alice@uni.test", "correct horse");
        assertThat(tokens.tokenType()).isEqualTo("bearer");
        assertThat(tokens.expiresIn()).isPositive();
        assertThat(client.auth().me().fullName()).isEqualTo("Alice Liddell");

        TokenPair renewed = client.auth().refresh(tokens.refreshToken());
        assertThat(renewed.refreshToken()).isNotEqualTo(tokens.refreshToken());
        assertThat(client.auth().me().id()).isEqualTo(user.id());

        client.auth().logout(renewed.refreshToken());
        assertThatThrownBy(() -> server.anonymous().auth().refresh(renewed.refreshToken()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void duplicateEmailIsA409() {
        server.anonymous().auth().register(new RegisterRequest("dup@uni.test", "password1", "First"));
        assertThatThrownBy(() -> server.anonymous().auth().register(new RegisterRequest("DUP@uni.test", "password2", "Second")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("EMAIL_TAKEN");
                });
    }

    @Test
    void onlyAnAdminMayCreateLecturers() {
        RegisterRequest lecturer = new RegisterRequest("newlect@uni.test", "password1", "New Lecturer", Role.LECTURER, null);
        assertThatThrownBy(() -> server.anonymous().auth().register(lecturer))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        assertThatThrownBy(() -> server.student().auth().register(lecturer))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
        User created = server.admin().auth().register(lecturer);
        assertThat(created.role()).isEqualTo(Role.LECTURER);
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSameAnswer() {
        ApiException wrongPassword = loginFailure("student@smavs.com", "wrong-password");
        ApiException unknown = loginFailure("nobody@uni.test", "wrong-password");
        assertThat(wrongPassword.status()).isEqualTo(401).isEqualTo(unknown.status());
        assertThat(wrongPassword.getMessage()).isEqualTo(unknown.getMessage());
        assertThat(wrongPassword.code()).isEqualTo(unknown.code());
    }

    @Test
    void lookAlikeAddressesCannotMakeASecondAccount() {
        ApiError fullWidth = assertError(raw.postJson(ApiPaths.AUTH_REGISTER,
                "{\"email\":\"\uFF53tudent@smavs.com\",\"password\":\"password1\",\"full_name\":\"Copy\"}"),
                409, "EMAIL_TAKEN");
        assertThat(fullWidth.detail()).isNotBlank();
        ApiError cyrillic = assertError(raw.postJson(ApiPaths.AUTH_REGISTER,
                "{\"email\":\"\u0430dmin@smavs.com\",\"password\":\"password1\",\"full_name\":\"Copy\"}"),
                422, "VALIDATION_FAILED");
        assertThat(cyrillic.errors()).extracting("field").containsExactly("email");
        assertThat(server.signIn("STUDENT@SMAVS.COM", "student123").auth().me().email()).isEqualTo("student@smavs.com");
    }

    @Test
    void formLoginLikeTheSeedWorks() {
        HttpResponse<String> response = raw.send("POST", ApiPaths.AUTH_LOGIN, "application/x-www-form-urlencoded",
                "username=lecturer%40smavs.com&password=lecturer123".getBytes(), Map.of());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("access_token", "refresh_token", "\"token_type\":\"bearer\"");
    }

    @Test
    void badBodiesGetClearErrorsNot500s() {
        assertError(raw.postJson(ApiPaths.AUTH_LOGIN, "{\"email\": \"x\""), 400, "MALFORMED_REQUEST");
        assertError(raw.postJson(ApiPaths.AUTH_LOGIN, "{\"email\": \"a@b.c\", \"password\": 12345678}"), 400, "MALFORMED_REQUEST");
        assertError(raw.postJson(ApiPaths.AUTH_LOGIN, "[1,2]"), 400, "MALFORMED_REQUEST");
        assertError(raw.postJson(ApiPaths.AUTH_LOGIN,
                "{\"email\": \"student@smavs.com\", \"email\": \"admin@smavs.com\", \"password\": \"x\"}"),
                400, "MALFORMED_REQUEST");
        ApiError missing = assertError(raw.postJson(ApiPaths.AUTH_REGISTER, "{\"email\": \"m@uni.test\"}"), 422, "VALIDATION_FAILED");
        assertThat(missing.errors()).extracting("field").contains("password", "full_name");
        ApiError unknown = assertError(raw.postJson(ApiPaths.AUTH_REGISTER,
                "{\"email\":\"u@uni.test\",\"password\":\"password1\",\"full_name\":\"U\",\"is_admin\":true}"), 400, "MALFORMED_REQUEST");
        assertThat(unknown.errors()).extracting("field").containsExactly("is_admin");
        assertError(raw.postJson(ApiPaths.AUTH_REGISTER,
                "{\"email\":\"u@uni.test\",\"password\":\"password1\",\"full_name\":\"U\",\"role\":\"superuser\"}"), 400, "MALFORMED_REQUEST");
        String huge = "{\"email\":\"" + "a".repeat(200_000) + "\",\"password\":\"x\"}";
        assertError(raw.postJson(ApiPaths.AUTH_LOGIN, huge), 413, "PAYLOAD_TOO_LARGE");
        assertError(raw.send("POST", ApiPaths.AUTH_LOGIN, "text/plain", "hello".getBytes(), Map.of()), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void brokenTokensAreRejectedWith401() {
        String valid = server.student().auth().login("student@smavs.com", "student123").accessToken();
        String[] parts = valid.split("\\.");
        String tamperedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("student", "admin").getBytes());
        String algNone = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes())
                + "." + parts[1] + ".";
        for (String token : List.of("garbage", "a.b.c", parts[0] + "." + tamperedPayload + "." + parts[2], algNone,
                valid.substring(0, valid.length() - 3) + "abc")) {
            HttpResponse<String> response = raw.get(ApiPaths.AUTH_ME, "Bearer " + token);
            assertError(response, 401, "INVALID_TOKEN");
        }
        assertError(raw.get(ApiPaths.AUTH_ME, null), 401, "NOT_AUTHENTICATED");
        assertError(raw.get(ApiPaths.AUTH_ME, "Basic dXNlcjpwYXNz"), 401, "INVALID_TOKEN");
        assertThat(raw.get(ApiPaths.AUTH_ME, "Bearer " + valid).statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentRefreshesOfOneTokenAllGetTheSameSuccessor() throws Exception {
        ApiClient client = server.newStudent("Concurrent Refresher");
        String token = client.refreshToken();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            results.add(pool.submit(() -> server.anonymous().auth().refresh(token).refreshToken()));
        }
        java.util.Set<String> successors = new java.util.HashSet<>();
        for (Future<String> result : results) {
            successors.add(result.get());
        }
        pool.shutdown();
        assertThat(successors).hasSize(1); // two tabs or a retry must not sign the user out
        assertThat(server.anonymous().auth().refresh(successors.iterator().next()).refreshToken()).isNotBlank();
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountBrieflyWith429() {
        ApiClient victim = server.newStudent("Locked Out");
        String email = victim.auth().me().email();
        for (int i = 0; i < 5; i++) {
            assertThat(loginFailure(email, "wrong-" + i).status()).isEqualTo(401);
        }
        HttpResponse<String> locked = raw.postJson(ApiPaths.AUTH_LOGIN,
                "{\"email\":\"" + email + "\",\"password\":\"whatever\"}");
        assertError(locked, 429, "RATE_LIMITED");
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        long retryAfter = Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(1L, 15 * 60L);
    }

    @Test
    void aDeactivatedAccountsTokensStopWorkingAtOnce() {
        ApiClient student = server.newStudent("Soon Gone");
        long id = student.auth().me().id();
        server.admin().admin().updateUser(id, new UpdateUserRequest(false, null, null, null, null));
        assertThatThrownBy(() -> student.auth().me())
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void everyResponseCarriesARequestIdAndSecurityHeaders() {
        HttpResponse<String> echoed = raw.send("GET", ApiPaths.HEALTH, null, null, Map.of("X-Request-ID", "abc-123"));
        assertThat(echoed.headers().firstValue("X-Request-ID")).contains("abc-123");
        HttpResponse<String> insane = raw.send("GET", ApiPaths.HEALTH, null, null, Map.of("X-Request-ID", "<script>"));
        assertThat(insane.headers().firstValue("X-Request-ID").orElseThrow()).doesNotContain("<");
        assertThat(echoed.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(echoed.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(echoed.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'none'");
        assertThat(echoed.body()).contains("\"database\":\"ok\"");
        HttpResponse<String> notFound = raw.get("/api/v1/nothing-here", null);
        assertThat(RawHttp.error(notFound).requestId()).isEqualTo(notFound.headers().firstValue("X-Request-ID").orElseThrow());
    }

    @Test
    void metricsArePublishedInPrometheusFormat() {
        raw.get(ApiPaths.HEALTH, null);
        HttpResponse<String> metrics = raw.get(ApiPaths.METRICS, null);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests")
                .contains("route=\"" + ApiPaths.HEALTH + "\"").doesNotContain("route=\"*\"");
        raw.get(ApiPaths.withId(ApiPaths.LECTURER_SESSION, 424242), null);
        assertThat(raw.get(ApiPaths.METRICS, null).body()).contains("route=\"" + ApiPaths.LECTURER_SESSION + "\"")
                .doesNotContain("424242").contains("status_class=\"4xx\"", "db_pool_active_connections",
                        "db_pool_pending_requests");
    }

    private ApiException loginFailure(String email, String password) {
        try {
            server.anonymous().auth().login(email, password);
            throw new AssertionError("login unexpectedly succeeded");
        } catch (ApiException e) {
            return e;
        }
    }

    static ApiError assertError(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        ApiError error = RawHttp.error(response);
        assertThat(error.code()).isEqualTo(code);
        assertThat(error.detail()).isNotBlank();
        assertThat(error.requestId()).isNotBlank();
        return error;
    }
}
