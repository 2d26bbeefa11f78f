package org.smavs.server.wiring;

import java.net.URI;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.server.auth.TotpService;
import org.smavs.server.auth.oidc.OidcController;
import org.smavs.server.auth.oidc.OidcProvider;
import org.smavs.server.auth.oidc.OidcService;
import org.smavs.server.config.OidcSettings;
import org.smavs.server.crypto.SecretBox;
import java.time.Duration;
import org.smavs.server.auth.AccessTokens;
import org.smavs.server.auth.AuthController;
import org.smavs.server.auth.AuthService;
import org.smavs.server.auth.PasswordService;
import org.smavs.server.auth.ResetPasswordPageController;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.auth.RefreshTokens;
import org.smavs.server.auth.SignInThrottle;
import org.smavs.server.config.Limits;
import org.smavs.server.config.TokenSettings;
import org.smavs.server.course.CourseEnrolments;
import org.smavs.server.kiosk.KioskAdminController;
import org.smavs.server.kiosk.KioskRegistry;
import org.smavs.server.user.AccountService;
import org.smavs.server.user.UserAdminController;
import org.smavs.server.user.ImportJobs;
import org.smavs.server.user.UserAdminService;

/** Who is calling: accounts, sign-in and tokens, and the kiosks' own credentials. */
record IdentityFeature(AuthController auth, UserAdminController userAdmin, KioskAdminController kioskAdmin,
                       Authenticator authenticator, KioskRegistry kioskRegistry, ResetPasswordPageController resetPage,
                       OidcController oidc) {

    static IdentityFeature wire(Platform p) {
        TokenSettings tokens = p.config.tokens();
        Limits limits = p.config.limits();
        AccessTokens accessTokens = new AccessTokens(tokens.secrets(), tokens.jwtAlgorithm(),
                Duration.ofMinutes(tokens.accessTokenMinutes()), p.clock);
        RefreshTokens refreshTokens = new RefreshTokens(p.random, Duration.ofDays(tokens.refreshTokenDays()), p.clock,
                tokens.secretKey());
        SignInThrottle throttle = new SignInThrottle(limits.signInsPerMinute(), limits.signInFailuresPerAccountPerHour(),
                p.buckets, p.clock);
        TotpService secondFactor = new TotpService(p.database, p.users, p.hasher,
                new SecretBox(tokens.secrets(), "totp"), p.random, p.audit, p.clock,
                "SMAVS " + p.config.mail().institution());
        AuthService auth = new AuthService(p.database, p.users, p.hasher, accessTokens, refreshTokens, throttle,
                p.audit, p.clock, secondFactor);
        AccountService accounts = new AccountService(p.database, p.users, p.hasher, p.audit, p.clock,
                new AccountService.SelfRegistration(limits.selfRegistration(), p.limiter("register",
                        "registrations from this address", limits.registrationsPerMinute())));
        PasswordService passwords = new PasswordService(p.database, p.users, p.hasher, refreshTokens,
                accessTokens, p.outbox, p.config.mail(),
                p.limiter("password-reset", "password reset requests", 5), p.random, p.audit, p.clock);
        // With single sign-on, imported students sign in through the university: no password invitation.
        UserAdminService.Invitations invitations = p.config.oidc().enabled() ? (userId, admin) -> false
                : passwords::invite;
        UserAdminService userAdmin = new UserAdminService(p.database, p.users, accounts, p.hasher,
                refreshTokens::revokeAllOfUser, p.audit, p.config.oidc().enabled(), invitations);
        KioskRegistry kiosks = new KioskRegistry(p.database, p.random, p.limiter("kiosk-enrol",
                "kiosk enrolment attempts from this address", limits.kioskEnrolmentsPerMinute()), p.audit, p.clock);
        Authenticator authenticator = new Authenticator(accessTokens, refreshTokens, p.database, kiosks::kioskIdByToken);
        UserAdminService.CourseEnroller enroller = new CourseEnrolments()::enrolByCode;
        ImportJobs imports = new ImportJobs(p.database, userAdmin, enroller, p.audit, Json.strictMapper(), p.clock);
        p.resources.add(imports);
        p.maintenance.add("old import reports", imports::purgeOld);
        OidcSettings oidc = p.config.oidc();
        OidcService sso = new OidcService(oidc, new OidcProvider(oidc,
                URI.create(p.config.mail().publicUrl() + ApiPaths.AUTH_OIDC_CALLBACK)), p.database, p.users, accounts,
                // Codes and ID tokens cannot be guessed; the limit only stops floods (a lecture hall shares one address).
                auth, p.limiter("sso", "single sign-on attempts from this address", 1200),
                p.random, p.audit, p.clock);
        p.maintenance.add("expired single sign-on state", () -> sso.purgeExpired());
        return new IdentityFeature(new AuthController(auth, accounts, passwords, secondFactor,
                        oidc.enabled() ? oidc.displayName() : null, p.bodies),
                new UserAdminController(userAdmin, imports, enroller, p.bodies),
                new KioskAdminController(kiosks, p.bodies), authenticator, kiosks,
                new ResetPasswordPageController(passwords), new OidcController(sso, p.bodies));
    }
}
