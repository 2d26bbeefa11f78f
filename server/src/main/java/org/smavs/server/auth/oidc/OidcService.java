package org.smavs.server.auth.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.hibernate.Session;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.AuthService;
import org.smavs.server.auth.oidc.OidcProvider.ProviderException;
import org.smavs.server.auth.oidc.OidcProvider.VerifiedIdentity;
import org.smavs.server.config.OidcSettings;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.persistence.UniqueViolations;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.user.AccountService;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;

/**
 * Single sign-on. Desktop (RFC 8252): {@link #authorize} keeps the app's loopback redirect, state and PKCE
 * challenge and sends the browser to the provider with SMAVS's own state, nonce and verifier; {@link #callback}
 * exchanges the provider's code on the server, matches the account and hands the app a one-time SMAVS code (one
 * minute) at its loopback address; {@link #token} gives the token pair for that code, the app's PKCE verifier and
 * the same redirect. Mobile: {@link #signInWithIdToken} checks an ID token issued to a configured mobile app (once
 * only). Roles always come from SMAVS; the provider only proves who the person is.
 */
public final class OidcService {
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(10);
    static final Duration CODE_LIFETIME = Duration.ofMinutes(1);

    private final OidcSettings settings;
    private final OidcProvider provider;
    private final OidcAccountPolicy policy;
    private final Database database;
    private final UserRepository users;
    private final AccountService accounts;
    private final AuthService auth;
    private final RateLimiter attempts;
    private final RandomTokens random;
    private final AuditLog audit;
    private final Clock clock;

    public OidcService(OidcSettings settings, OidcProvider provider, Database database, UserRepository users,
                       AccountService accounts, AuthService auth, RateLimiter attempts, RandomTokens random,
                       AuditLog audit, Clock clock) {
        this.settings = settings;
        this.provider = provider;
        this.policy = new OidcAccountPolicy(settings.autoCreateStudents(), settings.allowedEmailDomains());
        this.database = database;
        this.users = users;
        this.accounts = accounts;
        this.auth = auth;
        this.attempts = attempts;
        this.random = random;
        this.audit = audit;
        this.clock = clock;
    }

    /** Where the browser goes next: the provider's sign-in page. */
    public URI authorize(String redirectUri, String codeChallenge, String challengeMethod, String state, Actor actor) {
        requireBrowserFlow();
        URI redirect = LoopbackRedirects.parse(redirectUri);
        if (redirect == null) {
            throw ValidationException.field("redirect_uri", "must be the app's loopback address, "
                    + "http://127.0.0.1:<port>/… or http://[::1]:<port>/…");
        }
        if (codeChallenge == null || !codeChallenge.matches("[A-Za-z0-9_-]{43}")) {
            throw ValidationException.field("code_challenge", "must be the PKCE S256 challenge (43 base64url characters)");
        }
        if (!"S256".equals(challengeMethod)) {
            throw ValidationException.field("code_challenge_method", "must be S256");
        }
        if (state != null && state.length() > 500) {
            throw ValidationException.field("state", "must be at most 500 characters");
        }
        attempts.check(actor.ip());
        String serverState = random.opaque(32);
        String nonce = random.opaque(24);
        String verifier = random.opaque(48);
        Instant now = clock.instant();
        database.run(session -> session.createNativeMutationQuery("INSERT INTO oidc_logins (state_hash, nonce, "
                        + "provider_verifier, client_redirect_uri, client_state, client_code_challenge, created_at, "
                        + "expires_at) VALUES (:state, :nonce, :verifier, :redirect, :clientState, :challenge, :now, "
                        + ":expires)")
                .setParameter("state", Sha256.hex(serverState)).setParameter("nonce", nonce)
                .setParameter("verifier", verifier).setParameter("redirect", redirect.toString())
                .setParameter("clientState", state).setParameter("challenge", codeChallenge)
                .setParameter("now", now).setParameter("expires", now.plus(LOGIN_LIFETIME)).executeUpdate());
        try {
            return provider.authorizationUri(serverState, nonce, verifier);
        } catch (ProviderException e) {
            throw new org.smavs.server.error.ServiceUnavailableException(e.getMessage());
        }
    }

    /** The outcome of the provider's redirect: where to send the browser, or a page explaining the failure. */
    public sealed interface CallbackOutcome {
        record RedirectToApp(URI location) implements CallbackOutcome {
        }

        record Failed(String message) implements CallbackOutcome {
        }
    }

    /** The provider sent the browser back: finish the sign-in and return to the app's loopback listener. */
    public CallbackOutcome callback(String state, String code, String error, Actor actor) {
        requireBrowserFlow();
        if (state == null || state.isBlank() || state.length() > 200) {
            return new CallbackOutcome.Failed("This sign-in is incomplete; start again from the SMAVS app.");
        }
        Instant now = clock.instant();
        PendingLogin pending = database.inTransaction(session -> {
            Object[] row = session.createNativeQuery("SELECT id, nonce, provider_verifier, client_redirect_uri, "
                            + "client_state FROM oidc_logins WHERE state_hash = :state AND code_hash IS NULL "
                            + "AND used_at IS NULL AND expires_at > :now FOR UPDATE", Object[].class)
                    .setParameter("state", Sha256.hex(state)).setParameter("now", now).getSingleResultOrNull();
            if (row == null) {
                return null;
            }
            long id = ((Number) row[0]).longValue();
            // The provider's answer is used once, whatever it is: a replayed redirect finds nothing.
            session.createNativeMutationQuery("UPDATE oidc_logins SET used_at = :now WHERE id = :id")
                    .setParameter("now", now).setParameter("id", id).executeUpdate();
            return new PendingLogin(id, (String) row[1], (String) row[2], URI.create((String) row[3]), (String) row[4]);
        });
        if (pending == null) {
            return new CallbackOutcome.Failed("This sign-in has expired or was already used; start again from the "
                    + "SMAVS app.");
        }
        if (error != null || code == null || code.isBlank()) {
            audit.record(actor, "auth.sso.failed", "user", null, "provider answered " + (error == null ? "no code" : error));
            return toApp(pending, "error", "access_denied", "error_description",
                    "The university's sign-in service did not sign you in");
        }
        VerifiedIdentity identity;
        try {
            identity = provider.exchange(code, pending.verifier(), pending.nonce());
        } catch (ProviderException e) {
            audit.record(actor, "auth.sso.failed", "user", null, e.getMessage());
            return toApp(pending, "error", "server_error", "error_description", e.getMessage());
        }
        String appCode = random.opaque(32);
        try {
            database.run(session -> {
                long userId = accountFor(session, identity, actor);
                session.createNativeMutationQuery("UPDATE oidc_logins SET user_id = :user, code_hash = :code, "
                                + "code_expires_at = :expires WHERE id = :id")
                        .setParameter("user", userId).setParameter("code", Sha256.hex(appCode))
                        .setParameter("expires", now.plus(CODE_LIFETIME)).setParameter("id", pending.id())
                        .executeUpdate();
            });
        } catch (UnauthorizedException refused) {
            return toApp(pending, "error", "access_denied", "error_description", refused.getMessage());
        }
        return toApp(pending, "code", appCode, null, null);
    }

    /** The app exchanges its one-time code with its PKCE verifier; a code works once, even when refused. */
    public TokenPair token(String code, String verifier, String redirectUri, Actor actor) {
        requireBrowserFlow();
        if (code == null || code.isBlank() || code.length() > 200) {
            throw ValidationException.field("code", "is required");
        }
        if (verifier == null || !verifier.matches("[A-Za-z0-9._~-]{43,128}")) {
            throw ValidationException.field("code_verifier", "must be the PKCE verifier (43 to 128 characters)");
        }
        attempts.check(actor.ip());
        Instant now = clock.instant();
        Long userId = database.inTransaction(session -> {
            Object[] row = session.createNativeQuery("SELECT id, user_id, client_redirect_uri, client_code_challenge "
                            + "FROM oidc_logins WHERE code_hash = :code AND code_expires_at > :now FOR UPDATE",
                            Object[].class)
                    .setParameter("code", Sha256.hex(code)).setParameter("now", now).getSingleResultOrNull();
            if (row == null) {
                return null;
            }
            int burned = session.createNativeMutationQuery("UPDATE oidc_logins SET code_hash = NULL, "
                    + "code_expires_at = NULL WHERE id = :id").setParameter("id", ((Number) row[0]).longValue())
                    .executeUpdate();
            boolean sameRedirect = row[2].equals(redirectUri);
            boolean verified = MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                    ((String) row[3]).getBytes(StandardCharsets.US_ASCII));
            if (burned != 1 || !sameRedirect || !verified) {
                audit.record(session, actor, "auth.sso.failed", "user", ((Number) row[1]).longValue(),
                        !sameRedirect ? "redirect_uri differs" : "wrong PKCE verifier");
                return -1L;
            }
            return ((Number) row[1]).longValue();
        });
        if (userId == null || userId < 0) {
            throw new UnauthorizedException(ErrorCodes.SSO_FAILED, "This sign-in code is invalid, expired or was "
                    + "already used; sign in again");
        }
        return auth.signInVerified(userId, actor, "single sign-on (browser)");
    }

    /** A mobile app ran OIDC itself and sends the ID token it got (audience: one of the mobile client ids). */
    public TokenPair signInWithIdToken(String idToken, Actor actor) {
        if (!settings.enabled() || settings.mobileClientIds().isEmpty()) {
            throw new NotFoundException("Single sign-on for mobile apps is not configured on this server");
        }
        if (idToken == null || idToken.isBlank() || idToken.length() > 16_384) {
            throw ValidationException.field("id_token", "is required");
        }
        attempts.check(actor.ip());
        VerifiedIdentity identity;
        try {
            identity = provider.checkMobileIdToken(idToken);
        } catch (ProviderException e) {
            audit.record(actor, "auth.sso.failed", "user", null, e.getMessage());
            throw new UnauthorizedException(ErrorCodes.SSO_FAILED, e.getMessage());
        }
        try {
            database.run(session -> session.createNativeMutationQuery("INSERT INTO oidc_used_id_tokens (token_hash, "
                            + "expires_at) VALUES (:hash, :expires)")
                    .setParameter("hash", Sha256.hex(idToken))
                    .setParameter("expires", identity.expiresAt().plusSeconds(OidcProvider.CLOCK_SKEW_SECONDS))
                    .executeUpdate());
        } catch (RuntimeException e) {
            if (!UniqueViolations.isViolationOf(e, "pk_oidc_used_id_tokens")) {
                throw e;
            }
            audit.record(actor, "auth.sso.failed", "user", null, "ID token replayed");
            throw new UnauthorizedException(ErrorCodes.SSO_FAILED, "This ID token was already used; sign in again");
        }
        long userId = database.inTransaction(session -> accountFor(session, identity, actor));
        return auth.signInVerified(userId, actor, "single sign-on (mobile)");
    }

    /** Old sign-ins in progress and old used-token hashes: nothing in them is needed once expired. */
    public int purgeExpired() {
        Instant now = clock.instant();
        return database.inTransaction(session -> session.createNativeMutationQuery("DELETE FROM oidc_logins WHERE "
                        + "expires_at < :cutoff").setParameter("cutoff", now.minus(Duration.ofHours(1))).executeUpdate()
                + session.createNativeMutationQuery("DELETE FROM oidc_used_id_tokens WHERE expires_at < :now")
                .setParameter("now", now).executeUpdate());
    }

    private record PendingLogin(long id, String nonce, String verifier, URI clientRedirect, String clientState) {
    }

    /** The account this identity signs in to; an unknown address becomes a student only when configured. */
    private long accountFor(Session session, VerifiedIdentity identity, Actor actor) {
        String untrusted = policy.untrustedEmail(identity);
        // Refusals are audited in their own transaction: this one is rolled back by the refusal.
        if (untrusted != null) {
            audit.record(actor, "auth.sso.failed", "user", null, untrusted);
            throw new UnauthorizedException(ErrorCodes.SSO_FAILED, untrusted);
        }
        UserEntity user = users.findByEmail(session, identity.email());
        if (user == null) {
            if (!policy.mayCreateStudent(identity.email())) {
                audit.record(actor, "auth.sso.failed", "user", null, "no account for this address");
                throw new UnauthorizedException(ErrorCodes.SSO_FAILED, "There is no SMAVS account for "
                        + identity.email() + "; ask the attendance office to create one");
            }
            String name = identity.name() == null || identity.name().isBlank() ? identity.email() : identity.name();
            user = accounts.createUser(session, identity.email(), PasswordHasher.NO_PASSWORD,
                    name.length() > 200 ? name.substring(0, 200) : name, Role.STUDENT, null, false, actor);
            audit.record(session, actor, "user.created_by_sso", "user", user.getId(), "student from single sign-on");
        }
        return user.getId();
    }

    private CallbackOutcome toApp(PendingLogin pending, String key, String value, String key2, String value2) {
        StringBuilder query = new StringBuilder(pending.clientRedirect().getRawQuery() == null ? ""
                : pending.clientRedirect().getRawQuery() + "&");
        query.append(key).append('=').append(encode(value));
        if (key2 != null) {
            query.append('&').append(key2).append('=').append(encode(value2));
        }
        if (pending.clientState() != null) {
            query.append("&state=").append(encode(pending.clientState()));
        }
        URI base = pending.clientRedirect();
        return new CallbackOutcome.RedirectToApp(URI.create(base.getScheme() + "://" + base.getRawAuthority()
                + (base.getRawPath() == null || base.getRawPath().isEmpty() ? "/" : base.getRawPath()) + "?" + query));
    }

    private void requireBrowserFlow() {
        if (!settings.browserFlowEnabled()) {
            throw new NotFoundException("Single sign-on is not configured on this server");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
