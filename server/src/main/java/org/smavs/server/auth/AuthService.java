package org.smavs.server.auth;

import java.time.Clock;
import org.hibernate.Session;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.persistence.Database;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;

/** Sign-in, token refresh and logout. */
public final class AuthService {
    private static final String BAD_CREDENTIALS = "Incorrect email or password";

    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final SignInThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final TotpService secondFactor;

    public AuthService(Database database, UserRepository users, PasswordHasher hasher, AccessTokens accessTokens,
                       RefreshTokens refreshTokens, SignInThrottle throttle, AuditLog audit, Clock clock,
                       TotpService secondFactor) {
        this.secondFactor = secondFactor;
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The password hash is checked outside any transaction: it takes tens of milliseconds by design, and a
     * lecture hall signing in at once must not hold every database connection while it runs.
     */
    public TokenPair login(String email, String password, Actor actor) {
        return login(email, password, null, actor);
    }

    /**
     * As {@link #login(String, String, Actor)}; accounts with a second factor also need {@code totpCode} (an
     * authenticator or recovery code). Refusals after a correct password (single sign-on only, second factor
     * missing or wrong) are told apart, since the caller already proved the password.
     */
    public TokenPair login(String email, String password, String totpCode, Actor actor) {
        SignInThrottle.Attempt throttled = throttle.before(email, actor.ip());
        Credentials found = database.inTransaction(session -> {
            UserEntity user = users.findByEmail(session, email);
            return user == null ? null : new Credentials(user.getId(), user.getPasswordHash());
        });
        boolean correct;
        if (found == null) {
            hasher.verifyAgainstDummy(password); // the same time as a real check: no hint that the account is unknown
            correct = false;
        } else {
            correct = hasher.verify(password, found.passwordHash());
        }
        if (!correct) {
            audit.record(actor, "auth.login.failed", "user", found == null ? null : found.userId(),
                    found == null ? "unknown account" : "wrong password");
            throttle.failed(throttled);
            throw new UnauthorizedException(ErrorCodes.INVALID_CREDENTIALS, BAD_CREDENTIALS);
        }
        String rehashed = hasher.needsRehash(found.passwordHash()) ? hasher.hash(password) : null;
        SignIn outcome = database.inTransaction(session -> {
            UserEntity user = users.require(session, found.userId());
            if (!user.isActive()) {
                audit.record(session, actor, "auth.login.failed", "user", user.getId(), "account disabled");
                return SignIn.refused(ErrorCodes.ACCOUNT_DISABLED, "This account has been deactivated");
            }
            if (user.isSsoOnly()) {
                audit.record(session, actor, "auth.login.failed", "user", user.getId(), "single sign-on only");
                return SignIn.refused(ErrorCodes.SSO_ONLY, "This account signs in with the university's single "
                        + "sign-on, not with a password");
            }
            if (rehashed != null && user.getPasswordHash().equals(found.passwordHash())) {
                user.setPasswordHash(rehashed);
            }
            if (user.isTotpEnabled()) {
                if (totpCode == null || totpCode.isBlank()) {
                    return SignIn.refused(ErrorCodes.TOTP_REQUIRED, "Enter the 6-digit code from your authenticator "
                            + "app (or a recovery code)");
                }
                if (!secondFactor.verifyAtSignIn(session, user, totpCode)) {
                    audit.record(session, actor, "auth.login.failed", "user", user.getId(), "wrong second factor");
                    return SignIn.refused(ErrorCodes.TOTP_INVALID, "That code is not right, or was already used");
                }
            }
            Actor signedIn = new Actor(user.getId(), user.getRole(), null, actor.requestId(), actor.ip());
            audit.record(session, signedIn, "auth.login", "user", user.getId(), user.isTotpEnabled()
                    ? "password and second factor" : null);
            return new SignIn(tokensFor(session, user), null, null);
        });
        if (outcome.tokens() == null) {
            if (ErrorCodes.TOTP_INVALID.equals(outcome.code())) {
                throttle.failed(throttled); // guessing codes counts like guessing passwords
            }
            throw new UnauthorizedException(outcome.code(), outcome.message());
        }
        return outcome.tokens();
    }

    /** A sign-in transaction's result: tokens, or the refusal to answer (committed with its audit entry). */
    private record SignIn(TokenPair tokens, String code, String message) {
        static SignIn refused(String code, String message) {
            return new SignIn(null, code, message);
        }
    }

    /**
     * Signs in an account whose holder was proven by other means (the institution's single sign-on): no password,
     * no second factor (the provider applies its own), the same tokens and audit as a password sign-in.
     */
    public TokenPair signInVerified(long userId, Actor actor, String how) {
        TokenPair tokens = database.inTransaction(session -> {
            UserEntity user = users.require(session, userId);
            if (!user.isActive()) {
                audit.record(session, actor, "auth.login.failed", "user", userId, "account disabled (" + how + ")");
                return null;
            }
            Actor signedIn = new Actor(user.getId(), user.getRole(), null, actor.requestId(), actor.ip());
            audit.record(session, signedIn, "auth.login", "user", user.getId(), how);
            return tokensFor(session, user);
        });
        if (tokens == null) {
            throw new UnauthorizedException(ErrorCodes.ACCOUNT_DISABLED, "This account has been deactivated");
        }
        return tokens;
    }

    /** What sign-in needs of an account, read in a short transaction. */
    private record Credentials(long userId, String passwordHash) {
    }

    public User me(Actor actor) {
        return database.inTransaction(session -> users.toModel(session, users.require(session, actor.userId())));
    }

    /** The caller's own preferences; an empty request changes nothing. */
    public User updateMe(org.smavs.model.auth.UpdateProfileRequest request, Actor actor) {
        return database.inTransaction(session -> {
            UserEntity user = users.require(session, actor.userId());
            if (request.emailNotifications() != null && request.emailNotifications() != user.wantsEmailNotifications()) {
                user.setEmailNotifications(request.emailNotifications());
                audit.record(session, actor, "user.notifications", "user", user.getId(),
                        "email_notifications=" + request.emailNotifications());
            }
            return users.toModel(session, user);
        });
    }

    public TokenPair refresh(String refreshToken, Actor actor) {
        record Outcome(TokenPair tokens, boolean reuse) {
        }
        Outcome outcome = database.inTransaction(session -> {
            RefreshTokens.Rotation rotation = refreshTokens.rotate(session, refreshToken);
            UserEntity user = users.require(session, rotation.userId());
            Actor owner = new Actor(user.getId(), user.getRole(), null, actor.requestId(), actor.ip());
            if (rotation.reuseDetected()) {
                audit.record(session, owner, "auth.refresh.reuse", "user", user.getId(), "token family revoked");
                return new Outcome(null, true);
            }
            if (!user.isActive()) {
                refreshTokens.revokeAllOfUser(session, user.getId());
                return new Outcome(null, false);
            }
            String access = accessTokens.issue(user.getId(), user.getRole(), rotation.familyId());
            return new Outcome(new TokenPair(access, rotation.refreshToken(), "bearer", accessTokens.lifetimeSeconds()), false);
        });
        if (outcome.tokens() == null) {
            throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, outcome.reuse()
                    ? "This refresh token was already used; the login has been signed out for safety"
                    : "This account has been deactivated");
        }
        return outcome.tokens();
    }

    public void logout(String refreshToken, Actor actor) {
        database.run(session -> {
            refreshTokens.revokeFamilyOf(session, refreshToken);
            audit.record(session, actor, "auth.logout", "user", actor.userId(), null);
        });
    }

    private TokenPair tokensFor(Session session, UserEntity user) {
        RefreshTokens.NewLogin login = refreshTokens.issueNewFamily(session, user.getId());
        String access = accessTokens.issue(user.getId(), user.getRole(), login.familyId());
        return new TokenPair(access, login.refreshToken(), "bearer", accessTokens.lifetimeSeconds());
    }
}
