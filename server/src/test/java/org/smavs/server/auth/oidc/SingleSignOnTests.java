package org.smavs.server.auth.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jwt.SignedJWT;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.config.MailSettings;
import org.smavs.server.config.OidcSettings;
import org.smavs.server.testing.LoopbackBrowser;
import org.smavs.server.testing.OpenIdProvider;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Single sign-on against a real OpenID provider started by the test: the desktop flow end to end (SMAVS
 * authorize → provider → SMAVS callback → the app's real loopback listener → code exchange with PKCE), the mobile
 * ID-token flow, and what must fail: wrong verifier, reused code, foreign redirect, tampered/expired/foreign-audience
 * tokens, replay, unverified addresses, unknown users with and without auto-creation, and the provider rotating
 * its signing key.
 */
abstract class SingleSignOnTests {
    private static final String PUBLIC_URL = "https://attendance.uni.test";

    private OpenIdProvider provider;
    private TestServer server;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void start() {
        provider = new OpenIdProvider();
        server = start(provider.settings(false, List.of()));
    }

    private TestServer start(OidcSettings oidc) {
        return TestServer.start(kind(), config -> config.withOidc(oidc).withMail(new MailSettings(null, 25, null, null,
                "SMAVS <no-reply@uni.test>", "none", PUBLIC_URL, "Test University")), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
        provider.close();
    }

    @Test
    void aLecturerSignsInToTheDesktopThroughTheUniversityAndKeepsTheRoleSmavsGaveThem() throws Exception {
        provider.nextSignInIs("lecturer-sub", Map.of("email", "lecturer@smavs.com", "email_verified", true,
                "name", "Dr Lecturer", "roles", List.of("admin")));
        try (LoopbackBrowser browser = new LoopbackBrowser(PUBLIC_URL, server.baseUrl())) {
            Pkce pkce = Pkce.create();
            HttpResponse<String> landed = browser.open(authorizeUrl(browser, pkce, "desktop-state-1"));
            assertThat(landed.statusCode()).isEqualTo(200);
            Map<String, String> answer = browser.received();
            assertThat(answer).containsEntry("state", "desktop-state-1").containsKey("code");

            ApiClient app = server.anonymous();
            TokenPair tokens = app.auth().exchangeSingleSignOnCode(answer.get("code"), pkce.verifier(),
                    browser.redirectUri());
            assertThat(tokens.accessToken()).isNotBlank();
            User me = app.auth().me();
            assertThat(me.email()).isEqualTo("lecturer@smavs.com");
            assertThat(me.role()).isEqualTo(Role.LECTURER); // the provider's "roles" claim means nothing here

            assertThatThrownBy(() -> server.anonymous().auth().exchangeSingleSignOnCode(answer.get("code"),
                    pkce.verifier(), browser.redirectUri()))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.status()).isEqualTo(401);
                        assertThat(e.error().code()).isEqualTo(ErrorCodes.SSO_FAILED);
                    });
        }
    }

    @Test
    void aWrongVerifierOrAnotherRedirectIsRefusedAndBurnsTheCode() throws Exception {
        for (String mistake : List.of("verifier", "redirect")) {
            provider.nextSignInIs("lecturer-sub", Map.of("email", "lecturer@smavs.com", "email_verified", true));
            try (LoopbackBrowser browser = new LoopbackBrowser(PUBLIC_URL, server.baseUrl())) {
                Pkce pkce = Pkce.create();
                browser.open(authorizeUrl(browser, pkce, "s"));
                String code = browser.received().get("code");
                String verifier = mistake.equals("verifier") ? Pkce.create().verifier() : pkce.verifier();
                String redirect = mistake.equals("redirect") ? "http://127.0.0.1:1/other" : browser.redirectUri();
                assertThatThrownBy(() -> server.anonymous().auth().exchangeSingleSignOnCode(code, verifier, redirect))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
                // the stolen code is worth one try only: the right verifier no longer helps
                assertThatThrownBy(() -> server.anonymous().auth().exchangeSingleSignOnCode(code, pkce.verifier(),
                        browser.redirectUri()))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
            }
        }
    }

    @Test
    void onlyLoopbackRedirectsAndS256ChallengesAreAccepted() {
        RawHttp raw = new RawHttp(server.baseUrl());
        Pkce pkce = Pkce.create();
        for (String redirect : List.of("https://evil.example/cb", "http://localhost:5555/cb",
                "http://127.0.0.1.evil.example:5555/cb", "http://user@127.0.0.1:5555/cb", "http://127.0.0.1/cb",
                "javascript:alert(1)")) {
            HttpResponse<String> response = raw.get(ApiPaths.AUTH_OIDC_AUTHORIZE + "?redirect_uri="
                    + encode(redirect) + "&code_challenge=" + pkce.challenge() + "&code_challenge_method=S256", null);
            assertThat(response.statusCode()).as(redirect).isEqualTo(422);
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
        HttpResponse<String> plain = raw.get(ApiPaths.AUTH_OIDC_AUTHORIZE + "?redirect_uri="
                + encode("http://127.0.0.1:5555/cb") + "&code_challenge=" + pkce.verifier() + "&code_challenge_method=plain", null);
        assertThat(plain.statusCode()).isEqualTo(422);
    }

    @Test
    void aReplayedOrForgedProviderRedirectFindsNothing() throws Exception {
        RawHttp raw = new RawHttp(server.baseUrl());
        HttpResponse<String> forged = raw.get(ApiPaths.AUTH_OIDC_CALLBACK + "?state=made-up&code=abc", null);
        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(forged.body()).contains("expired or was already used");
    }

    @Test
    void anUnknownPersonIsToldThereIsNoAccountUnlessStudentsAreCreatedAutomatically() throws Exception {
        provider.nextSignInIs("new-sub", Map.of("email", "new.student@uni.test", "email_verified", true,
                "name", "New Student"));
        try (LoopbackBrowser browser = new LoopbackBrowser(PUBLIC_URL, server.baseUrl())) {
            browser.open(authorizeUrl(browser, Pkce.create(), "s1"));
            Map<String, String> answer = browser.received();
            assertThat(answer).containsEntry("error", "access_denied").containsEntry("state", "s1");
            assertThat(answer.get("error_description")).contains("no SMAVS account for new.student@uni.test");
        }
        SignedJWT unknown = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "new-sub",
                Map.of("email", "new.student@uni.test", "email_verified", true), 600);
        assertThatThrownBy(() -> server.anonymous().auth().signInWithIdToken(unknown.serialize()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));

        server.close();
        server = start(provider.settings(true, List.of("uni.test")));
        SignedJWT allowed = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "new-sub",
                Map.of("email", "new.student@uni.test", "email_verified", true, "name", "New Student"), 600);
        ApiClient app = server.anonymous();
        app.auth().signInWithIdToken(allowed.serialize());
        User created = app.auth().me();
        assertThat(created.role()).isEqualTo(Role.STUDENT);
        assertThat(created.fullName()).isEqualTo("New Student");

        SignedJWT otherDomain = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "x",
                Map.of("email", "someone@gmail.test", "email_verified", true), 600);
        assertThatThrownBy(() -> server.anonymous().auth().signInWithIdToken(otherDomain.serialize()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void aMobileAppSignsInWithItsIdTokenOnceAndForeignTamperedOrExpiredTokensAreRefused() throws Exception {
        SignedJWT token = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", true), 600);
        ApiClient app = server.anonymous();
        app.auth().signInWithIdToken(token.serialize());
        assertThat(app.auth().me().email()).isEqualTo("student@smavs.com");
        assertRefused(token.serialize(), "already used");

        assertRefused(provider.idToken("some-other-app", "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", true), 600).serialize(), "does not know");
        assertRefused(provider.idToken(OpenIdProvider.MOBILE_CLIENT, "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", true), -600).serialize(), "not valid");
        assertRefused(provider.idToken(OpenIdProvider.MOBILE_CLIENT, "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", false), 600).serialize(), "not verified");

        String[] parts = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", true), 600).serialize().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("student@smavs.com", "admin@smavs.com");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertRefused(tampered, "not valid");
        assertRefused("not.a.token", "not an ID token");
    }

    @Test
    void aProviderKeyRotationIsPickedUpWithoutARestart() throws Exception {
        SignedJWT before = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", true), 600);
        server.anonymous().auth().signInWithIdToken(before.serialize());

        Thread.sleep(10_500); // keys are fetched again at most every 10 s (forged tokens must not flood the provider)
        provider.rotateSigningKey();
        SignedJWT after = provider.idToken(OpenIdProvider.MOBILE_CLIENT, "student-sub",
                Map.of("email", "student@smavs.com", "email_verified", true), 600);
        // the mock keeps the key id (the issuer id) across rotations: the harder case, a changed key behind a known id
        assertThat(after.getSignature()).isNotEqualTo(before.getSignature());
        server.anonymous().auth().signInWithIdToken(after.serialize());
    }

    @Test
    void anSsoOnlyAccountCannotUseItsPasswordButStillSignsInThroughTheUniversity() throws Exception {
        ApiClient admin = server.admin();
        long lecturerId = admin.admin().users().stream().filter(u -> u.email().equals("lecturer@smavs.com"))
                .findFirst().orElseThrow().id();
        User updated = admin.admin().updateUser(lecturerId, new UpdateUserRequest(null, null, null, null, null, true));
        assertThat(updated.ssoOnly()).isTrue();
        assertThatThrownBy(() -> server.anonymous().auth().login("lecturer@smavs.com", "lecturer123"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error().code()).isEqualTo(ErrorCodes.SSO_ONLY);
                });
        // a wrong password still says only "incorrect": SSO-only is no hint to someone guessing
        assertThatThrownBy(() -> server.anonymous().auth().login("lecturer@smavs.com", "wrong-password"))
                .isInstanceOfSatisfying(ApiException.class, e ->
                        assertThat(e.error().code()).isEqualTo(ErrorCodes.INVALID_CREDENTIALS));

        server.anonymous().auth().signInWithIdToken(provider.idToken(OpenIdProvider.MOBILE_CLIENT, "lecturer-sub",
                Map.of("email", "lecturer@smavs.com", "email_verified", true), 600).serialize());
        assertThat(server.anonymous().auth().providers().oidcName()).isEqualTo("Test University");
    }

    private void assertRefused(String idToken, String why) {
        assertThatThrownBy(() -> server.anonymous().auth().signInWithIdToken(idToken))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.error().code()).isEqualTo(ErrorCodes.SSO_FAILED);
                    assertThat(e.getMessage()).contains(why);
                });
    }

    private static String authorizeUrl(LoopbackBrowser browser, Pkce pkce, String state) {
        return ApiPaths.AUTH_OIDC_AUTHORIZE + "?redirect_uri=" + encode(browser.redirectUri()) + "&code_challenge="
                + pkce.challenge() + "&code_challenge_method=S256&state=" + encode(state);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** RFC 7636: a random verifier and its S256 challenge, made the way an app makes them. */
    record Pkce(String verifier, String challenge) {
        static Pkce create() {
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            String verifier = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
                return new Pkce(verifier, Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
