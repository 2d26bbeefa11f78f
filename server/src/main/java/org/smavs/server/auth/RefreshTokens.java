package org.smavs.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hibernate.Session;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.UnauthorizedException;

/**
 * Opaque refresh tokens, stored hashed and rotated on every use. A token may be used once: the
 * conditional update in {@link #consume} lets exactly one of several concurrent refreshes win. Within
 * {@link #REUSE_LEEWAY} of that use, the same token gets the same successor again (two tabs refreshing at
 * once, or a client retrying a refresh whose answer it lost): successors are derived from their predecessor
 * with a server key, so nothing but hashes is stored. Any later use of a consumed token is treated as theft and
 * revokes the whole family (the login).
 */
public final class RefreshTokens {
    static final Duration REUSE_LEEWAY = Duration.ofSeconds(10);

    private final RandomTokens random;
    private final Duration lifetime;
    private final Clock clock;
    private final SecretKeySpec successorKey;

    public RefreshTokens(RandomTokens random, Duration lifetime, Clock clock, String serverSecret) {
        this.random = random;
        this.lifetime = lifetime;
        this.clock = clock;
        this.successorKey = new SecretKeySpec(("refresh-successor|" + serverSecret).getBytes(StandardCharsets.UTF_8),
                "HmacSHA256");
    }

    /** A new login: its first refresh token and the family id that names the login in access tokens. */
    public record NewLogin(String refreshToken, String familyId) {
    }

    /** Starts a new family (a new login). */
    public NewLogin issueNewFamily(Session session, long userId) {
        String familyId = UUID.randomUUID().toString();
        return new NewLogin(store(session, random.opaque(32), userId, familyId), familyId);
    }

    /**
     * Whether the login {@code familyId} is still signed in: some token of its family is not revoked. Logout,
     * refresh-token reuse, deactivation and password changes revoke the family, and with it the access tokens
     * that name it.
     */
    public boolean isSignedIn(Session session, String familyId) {
        return session.createSelectionQuery("select count(t) from RefreshTokenEntity t where t.familyId = :family "
                + "and t.revokedAt is null", Long.class).setParameter("family", familyId).getSingleResult() > 0;
    }

    private String store(Session session, String token, long userId, String familyId) {
        Instant now = clock.instant();
        session.persist(new RefreshTokenEntity(Sha256.hex(token), familyId, userId, now, now.plus(lifetime)));
        return token;
    }

    /** The successor of {@code token}: the same every time it is asked for, unguessable without the key. */
    private String successorOf(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(successorKey);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Consumes {@code token} and returns its owner with a successor token in the same family. */
    public Rotation rotate(Session session, String token) {
        RefreshTokenEntity entity = find(session, token);
        Instant now = clock.instant();
        if (entity == null) {
            throw invalid();
        }
        boolean consumedNow = entity.getRevokedAt() == null && entity.getUsedAt() == null
                && consume(session, entity.getId(), now);
        if (!consumedNow) {
            // used a moment ago (or just now by a concurrent request that won the conditional update)
            Instant usedAt = entity.getUsedAt() == null ? now : entity.getUsedAt();
            if (entity.getRevokedAt() == null && !now.isAfter(usedAt.plus(REUSE_LEEWAY))) {
                return new Rotation(entity.getUserId(), successorOf(token), entity.getFamilyId());
            }
            // Returned, not thrown: the revocation must commit before the caller answers 401.
            revokeFamily(session, entity.getFamilyId());
            return Rotation.reuseDetected(entity.getUserId(), entity.getFamilyId());
        }
        if (entity.getExpiresAt().isBefore(now)) {
            throw invalid();
        }
        return new Rotation(entity.getUserId(), store(session, successorOf(token), entity.getUserId(),
                entity.getFamilyId()), entity.getFamilyId());
    }

    /** Revokes the family of {@code token}; unknown tokens are ignored (logout is idempotent). */
    public void revokeFamilyOf(Session session, String token) {
        RefreshTokenEntity entity = find(session, token);
        if (entity != null) {
            revokeFamily(session, entity.getFamilyId());
        }
    }

    /** Ends every login of the user except {@code keptLogin} (the one changing its password). */
    public void revokeAllOfUserExcept(Session session, long userId, String keptLogin) {
        session.createMutationQuery("update RefreshTokenEntity t set t.revokedAt = :now "
                        + "where t.userId = :user and t.revokedAt is null and t.familyId <> :kept")
                .setParameter("now", clock.instant()).setParameter("user", userId).setParameter("kept", keptLogin)
                .executeUpdate();
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
    public record Rotation(long userId, String refreshToken, String familyId) {
        static Rotation reuseDetected(long userId, String familyId) {
            return new Rotation(userId, null, familyId);
        }

        public boolean reuseDetected() {
            return refreshToken == null;
        }
    }
}
