package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.auth.TotpRecoveryCodes;
import org.smavs.model.auth.TotpSetup;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The optional second factor over HTTP: setup → enable with the first code (codes computed the way an
 * authenticator app computes them) → sign-in needs a code, each code works once, recovery codes work once,
 * switching off needs the password, and an administrator can remove a lost factor.
 */
abstract class SecondFactorTests {
    private final MutableClock clock = MutableClock.startingNow();
    private TestServer server;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void start() {
        server = TestServer.start(kind(), config -> config, clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAdminTurnsOnTheSecondFactorAndSignInThenNeedsAFreshCode() throws Exception {
        ApiClient admin = server.signIn("admin@smavs.com", "admin123");
        TotpSetup setup = admin.auth().setUpTotp();
        assertThat(setup.otpauthUri()).startsWith("otpauth://totp/").contains("secret=" + setup.secret());
        assertThat(java.util.Base64.getDecoder().decode(setup.qrPng())).startsWith((byte) 0x89, (byte) 'P');
        assertThat(admin.auth().me().totpEnabled()).isFalse(); // nothing changes before the first code

        assertCode(() -> admin.auth().enableTotp("000000".equals(code(setup)) ? "111111" : "000000"),
                ErrorCodes.TOTP_INVALID);
        TotpRecoveryCodes recovery = admin.auth().enableTotp(code(setup));
        assertThat(recovery.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
        assertThat(admin.auth().me().totpEnabled()).isTrue();

        assertCode(() -> server.anonymous().auth().login("admin@smavs.com", "admin123"), ErrorCodes.TOTP_REQUIRED);
        assertCode(() -> server.anonymous().auth().login("admin@smavs.com", "admin123", code(setup)),
                ErrorCodes.TOTP_INVALID); // the code that enabled it is spent
        clock.advance(Duration.ofSeconds(30));
        String fresh = code(setup);
        server.anonymous().auth().login("admin@smavs.com", "admin123", fresh);
        assertCode(() -> server.anonymous().auth().login("admin@smavs.com", "admin123", fresh), ErrorCodes.TOTP_INVALID);
        // a wrong password with a right-looking code is still just "incorrect"
        assertCode(() -> server.anonymous().auth().login("admin@smavs.com", "nope-nope", "123456"),
                ErrorCodes.INVALID_CREDENTIALS);

        String spare = recovery.recoveryCodes().get(3);
        server.anonymous().auth().login("admin@smavs.com", "admin123", spare.toLowerCase());
        assertCode(() -> server.anonymous().auth().login("admin@smavs.com", "admin123", spare), ErrorCodes.TOTP_INVALID);

        assertCode(() -> admin.auth().disableTotp("wrong-password"), ErrorCodes.INVALID_CREDENTIALS);
        admin.auth().disableTotp("admin123");
        server.anonymous().auth().login("admin@smavs.com", "admin123");
    }

    @Test
    void anAdministratorRemovesTheFactorOfSomeoneWhoLostTheirPhone() throws Exception {
        ApiClient lecturer = server.signIn("lecturer@smavs.com", "lecturer123");
        TotpSetup setup = lecturer.auth().setUpTotp();
        lecturer.auth().enableTotp(code(setup));
        assertCode(() -> server.anonymous().auth().login("lecturer@smavs.com", "lecturer123"), ErrorCodes.TOTP_REQUIRED);

        ApiClient admin = server.admin();
        long id = admin.admin().users().stream().filter(u -> u.email().equals("lecturer@smavs.com")).findFirst()
                .orElseThrow().id();
        assertThat(admin.admin().users().stream().filter(u -> u.id() == id).findFirst().orElseThrow().totpEnabled())
                .isTrue();
        admin.admin().resetTotp(id);
        server.anonymous().auth().login("lecturer@smavs.com", "lecturer123");
        List<String> actions = admin.admin().audit().stream().map(e -> e.action()).toList();
        assertThat(actions).contains("auth.totp.enabled", "auth.totp.reset_by_admin");
    }

    private String code(TotpSetup setup) throws Exception {
        return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(setup.secret(),
                clock.instant().getEpochSecond() / 30);
    }

    private static void assertCode(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(401);
            assertThat(e.error().code()).isEqualTo(code);
        });
    }
}
