package org.smavs.server.auth;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.LocatorAdapter;
import io.jsonwebtoken.ProtectedHeader;
import java.nio.charset.StandardCharsets;
import java.security.Key;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.smavs.model.auth.Role;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.error.UnauthorizedException;

/**
 * Short-lived signed access tokens (JWT, HS256 pinned). Keys form a ring addressed by {@code kid}:
 * the first secret signs, older secrets still verify, so a secret can be rotated without logging
 * everyone out.
 */
public final class AccessTokens {
    public static final String ISSUER = "smavs";
    public static final String AUDIENCE = "smavs-api";

    private final Map<String, SecretKey> keysById = new LinkedHashMap<>();
    private final String signingKid;
    private final Duration lifetime;
    private final Clock clock;

    public AccessTokens(List<String> secrets, String algorithm, Duration lifetime, Clock clock) {
        if (!"HS256".equals(algorithm)) {
            throw new IllegalArgumentException("ALGORITHM must be HS256 (got " + algorithm + ")");
        }
        for (String secret : secrets) {
            byte[] keyBytes = sha256(secret.getBytes(StandardCharsets.UTF_8));
            // a keyed digest: the kid tells this server which key signed, and tells no one else anything about it
            String kid = HexFormat.of().formatHex(hmac(keyBytes, "smavs-access-token-kid")).substring(0, 12);
            keysById.putIfAbsent(kid, new SecretKeySpec(keyBytes, "HmacSHA256"));
        }
        this.signingKid = keysById.keySet().iterator().next();
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** {@code loginId}: the refresh-token family of the login, carried as {@code sid} so that ending it ends this token. */
    public String issue(long userId, Role role, String loginId) {
        Instant now = clock.instant();
        return Jwts.builder()
                .header().keyId(signingKid).and()
                .subject(Long.toString(userId))
                .claim("sid", loginId)
                .issuer(ISSUER)
                .audience().add(AUDIENCE).and()
                .claim("role", role.wire())
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(lifetime)))
                .signWith(keysById.get(signingKid), Jwts.SIG.HS256)
                .compact();
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }

    /** Verifies signature, algorithm, kid, issuer, audience and expiry; returns the subject and role. */
    public VerifiedToken verify(String token) {
        try {
            Claims claims = Jwts.parser()
                    .clock(() -> Date.from(clock.instant()))
                    .keyLocator(new LocatorAdapter<Key>() {
                        @Override
                        protected Key locate(ProtectedHeader header) {
                            if (!"HS256".equals(header.getAlgorithm())) {
                                throw new JwtException("unexpected algorithm");
                            }
                            SecretKey key = keysById.get(header.getKeyId());
                            if (key == null) {
                                throw new JwtException("unknown key id");
                            }
                            return key;
                        }
                    })
                    .requireIssuer(ISSUER)
                    .requireAudience(AUDIENCE)
                    .build()
                    .parseSignedClaims(token)
                    .getPayload();
            Role role = Role.fromWire(claims.get("role", String.class));
            if (role == null || claims.getSubject() == null || claims.getExpiration() == null) {
                throw new JwtException("missing claims");
            }
            return new VerifiedToken(Long.parseLong(claims.getSubject()), role, claims.get("sid", String.class),
                    claims.getExpiration().toInstant());
        } catch (JwtException | IllegalArgumentException e) {
            throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "The access token is invalid or has expired");
        }
    }

    /** Verifies the token of an {@code Authorization: Bearer <jwt>} header value. */
    public VerifiedToken verifyAuthorization(String authorization) {
        if (authorization == null || !authorization.trim().regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw new UnauthorizedException(ErrorCodes.INVALID_TOKEN, "A bearer token is required");
        }
        return verify(authorization.trim().substring(7).trim());
    }

    /** {@code loginId} (claim {@code sid}) is null only in tokens issued before logins were named. */
    public record VerifiedToken(long userId, Role role, String loginId, Instant expiresAt) {
    }

    private static byte[] sha256(byte[] input) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(input);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] hmac(byte[] key, String message) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }
}
