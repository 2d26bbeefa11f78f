package org.smavs.server.auth;

import org.smavs.server.identity.Actor;
import java.util.function.Function;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.persistence.Database;
import org.smavs.server.user.UserEntity;

/**
 * Turns an Authorization header into an {@link Actor}: {@code Bearer <jwt>} for users (the account must
 * still exist and be active, so deactivation takes effect at once) or {@code Kiosk <token>} for kiosks.
 */
public final class Authenticator {
    private final AccessTokens accessTokens;
    private final Database database;
    private final Function<String, Long> kioskIdByToken;

    /** {@code kioskIdByToken} answers the kiosk id of an active kiosk credential, or null. */
    public Authenticator(AccessTokens accessTokens, Database database, Function<String, Long> kioskIdByToken) {
        this.accessTokens = accessTokens;
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
            UserEntity user = database.inTransaction(session -> session.find(UserEntity.class, token.userId()));
            if (user == null || !user.isActive()) {
                throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "This account no longer exists or is deactivated");
            }
            return new Actor(user.getId(), user.getRole(), null, requestId, ip);
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
}
