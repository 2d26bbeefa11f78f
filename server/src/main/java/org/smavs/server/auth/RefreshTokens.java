package org.smavs.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.Session;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.UnauthorizedException;

/**
 * Opaque refresh tokens, stored hashed and rotated on every use. A token may be used once: the
 * conditional update in {@link #consume} lets exactly one of several concurrent refreshes win, and any
 * later use of a consumed token is treated as theft and revokes the whole family (the login).
 */
public final class RefreshTokens {
    private final RandomTokens random;
    private final Duration lifetime;
    private final Clock clock;

    public RefreshTokens(RandomTokens random, Duration lifetime, Clock clock) {
        this.random = random;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** Starts a new family (a new login) and returns the plain token. */
    public String issueNewFamily(Session session, long userId) {
        return issue(session, userId, UUID.randomUUID().toString());
    }

    private String issue(Session session, long userId, String familyId) {
        String token = random.opaque(32);
        Instant now = clock.instant();
        session.persist(new RefreshTokenEntity(Sha256.hex(token), familyId, userId, now, now.plus(lifetime)));
        return token;
    }

    /** Consumes {@code token} and returns its owner with a successor token in the same family. */
    public Rotation rotate(Session session, String token) {
        RefreshTokenEntity entity = find(session, token);
        Instant now = clock.instant();
        if (entity == null) {
            throw invalid();
        }
        if (entity.getRevokedAt() != null || entity.getUsedAt() != null || !consume(session, entity.getId(), now)) {
            // Returned, not thrown: the revocation must commit before the caller answers 401.
            revokeFamily(session, entity.getFamilyId());
            return Rotation.reuseDetected(entity.getUserId());
        }
        if (entity.getExpiresAt().isBefore(now)) {
            throw invalid();
        }
        return new Rotation(entity.getUserId(), issue(session, entity.getUserId(), entity.getFamilyId()));
    }

    /** Revokes the family of {@code token}; unknown tokens are ignored (logout is idempotent). */
    public void revokeFamilyOf(Session session, String token) {
        RefreshTokenEntity entity = find(session, token);
        if (entity != null) {
            revokeFamily(session, entity.getFamilyId());
        }
    }

    public void revokeAllOfUser(Session session, long userId) {
        session.createMutationQuery("update RefreshTokenEntity t set t.revokedAt = :now "
                        + "where t.userId = :user and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("user", userId).executeUpdate();
    }

    private boolean consume(Session session, long id, Instant now) {
        return session.createMutationQuery("update RefreshTokenEntity t set t.usedAt = :now "
                        + "where t.id = :id and t.usedAt is null and t.revokedAt is null")
                .setParameter("now", now).setParameter("id", id).executeUpdate() == 1;
    }

    private void revokeFamily(Session session, String familyId) {
        session.createMutationQuery("update RefreshTokenEntity t set t.revokedAt = :now "
                        + "where t.familyId = :family and t.revokedAt is null")
                .setParameter("now", clock.instant()).setParameter("family", familyId).executeUpdate();
    }

    private static RefreshTokenEntity find(Session session, String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return null;
        }
        return session.createSelectionQuery("from RefreshTokenEntity t where t.tokenHash = :hash",
                RefreshTokenEntity.class).setParameter("hash", Sha256.hex(token)).getSingleResultOrNull();
    }

    private static UnauthorizedException invalid() {
        return new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "The refresh token is invalid or has expired");
    }

    /** The outcome of a refresh; {@code refreshToken} is null when reuse was detected. */
    public record Rotation(long userId, String refreshToken) {
        static Rotation reuseDetected(long userId) {
            return new Rotation(userId, null);
        }

        public boolean reuseDetected() {
            return refreshToken == null;
        }
    }
}
