package org.smavs.server.auth;

import org.smavs.server.identity.Actor;
import java.util.function.Function;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.persistence.Database;
import org.smavs.server.user.UserEntity;

/**
 * Turns an Authorization header into an {@link Actor}: {@code Bearer <jwt>} for users (the account must
 * still exist and be active, and the login the token names must not have been signed out, so deactivation,
 * logout and refresh-token reuse take effect at once) or {@code Kiosk <token>} for kiosks.
 */
public final class Authenticator {
    private final AccessTokens accessTokens;
    private final RefreshTokens logins;
    private final Database database;
    private final Function<String, Long> kioskIdByToken;

    /** {@code kioskIdByToken} answers the kiosk id of an active kiosk credential, or null. */
    public Authenticator(AccessTokens accessTokens, RefreshTokens logins, Database database,
                         Function<String, Long> kioskIdByToken) {
        this.accessTokens = accessTokens;
        this.logins = logins;
        this.database = database;
        this.kioskIdByToken = kioskIdByToken;
    }

    public Actor authenticate(String authorization, String requestId, String ip) {
        if (authorization == null || authorization.isBlank()) {
            throw new UnauthorizedException("Sign in to use this endpoint (no Authorization header)");
        }
        String value = authorization.trim();
        if (value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            AccessTokens.VerifiedToken token = accessTokens.verify(value.substring(7).trim());
            return actorOf(token, requestId, ip);
        }
        if (value.regionMatches(true, 0, "Kiosk ", 0, 6)) {
            Long kioskId = kioskIdByToken.apply(value.substring(6).trim());
            if (kioskId == null) {
                throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "This kiosk is not enrolled or has been revoked");
            }
            return new Actor(null, null, kioskId, requestId, ip);
        }
        throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "Unsupported Authorization scheme; use 'Bearer <token>'");
    }

    /** The user behind a verified token, checked again now (a live connection calls this to re-check its token). */
    public Actor actorOf(AccessTokens.VerifiedToken token, String requestId, String ip) {
        record Found(UserEntity user, boolean signedIn) {
        }
        Found found = database.inTransaction(session -> new Found(session.find(UserEntity.class, token.userId()),
                token.loginId() == null || logins.isSignedIn(session, token.loginId())));
        if (found.user() == null || !found.user().isActive()) {
            throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "This account no longer exists or is deactivated");
        }
        if (!found.signedIn()) {
            throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "This sign-in has ended (signed out); sign in again");
        }
        return new Actor(found.user().getId(), found.user().getRole(), null, requestId, ip);
    }

    /** Verifies a bearer token's signature and expiry only: what a live connection remembers about its caller. */
    public AccessTokens.VerifiedToken verifyBearer(String authorization) {
        return accessTokens.verifyAuthorization(authorization);
    }
}
