package org.smavs.server.session;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating QR token of a session: {@code <session id>.<time step>.<nonce>.<mac>}, where the time step
 * is {@code floor(epoch seconds / step seconds)}, the nonce is random per issue, and the mac is the first
 * 16 bytes of HMAC-SHA256 over {@code "smavs-qr-v1|<session id>|<step>|<nonce>"} keyed with the session's
 * own secret (base64url). Verification is stateless, so every server instance accepts every other's tokens.
 *
 * <p>The seed's later clients send the token split in two: {@code qr_session_id} is the session id and
 * {@code qr_nonce} is the rest of the token ({@code <step>.<nonce>.<mac>}); {@link #join} puts them back
 * together. A client that sends the whole token as {@code qr_nonce} is accepted as long as its session id
 * matches {@code qr_session_id}.
 */
public final class QrTokens {
    private static final int MAC_BYTES = 16;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    /** How a presented token compares with the current time. */
    public enum Outcome { VALID, IN_GRACE, EXPIRED, INVALID }

    public record Issued(String token, Instant expiresAt) {
    }

    private final IntSupplier stepSeconds;
    private final IntSupplier graceSteps;
    private final IntFunction<byte[]> randomBytes;

    /** Step and grace are read on every use, so an admin's change in the settings applies at once. */
    public QrTokens(IntSupplier stepSeconds, IntSupplier graceSteps, IntFunction<byte[]> randomBytes) {
        this.stepSeconds = stepSeconds;
        this.graceSteps = graceSteps;
        this.randomBytes = randomBytes;
    }

    public QrTokens(int stepSeconds, int graceSteps, IntFunction<byte[]> randomBytes) {
        this(() -> stepSeconds, () -> graceSteps, randomBytes);
        if (stepSeconds <= 0 || graceSteps < 0) {
            throw new IllegalArgumentException("QR step must be positive and grace not negative");
        }
    }

    public int stepSeconds() {
        return Math.max(1, stepSeconds.getAsInt());
    }

    public int graceSteps() {
        return Math.max(0, graceSteps.getAsInt());
    }

    public long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), stepSeconds());
    }

    public Issued issue(long sessionId, String secret, Instant now) {
        long step = stepAt(now);
        String nonce = B64.encodeToString(randomBytes.apply(6));
        String token = sessionId + "." + step + "." + nonce + "." + mac(secret, sessionId, step, nonce);
        return new Issued(token, Instant.ofEpochSecond((step + 1) * stepSeconds()));
    }

    /** The session a token claims to belong to, or null when it is not shaped like a token. */
    public static Long sessionIdOf(String token) {
        String[] parts = split(token);
        if (parts == null) {
            return null;
        }
        try {
            long id = Long.parseLong(parts[0]);
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Rebuilds a token from the seed's {@code qr_session_id} + {@code qr_nonce} pair. */
    public static String join(String qrSessionId, String qrNonce) {
        String nonce = qrNonce.trim();
        String sessionId = qrSessionId.trim();
        if (split(nonce) != null) {
            return sessionId.equals(nonce.substring(0, nonce.indexOf('.'))) ? nonce : null;
        }
        return sessionId + "." + nonce;
    }

    /** Checks the token's signature against {@code secret} and its step against the clock. */
    public Outcome verify(String token, long expectedSessionId, String secret, Instant now) {
        String[] parts = split(token);
        if (parts == null || !parts[0].equals(Long.toString(expectedSessionId))) {
            return Outcome.INVALID;
        }
        long step;
        try {
            step = Long.parseLong(parts[1]);
        } catch (NumberFormatException e) {
            return Outcome.INVALID;
        }
        byte[] expected = mac(secret, expectedSessionId, step, parts[2]).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))) {
            return Outcome.INVALID;
        }
        long current = stepAt(now);
        if (step == current || step == current + 1) {
            return Outcome.VALID; // +1: the projector's clock may run slightly ahead of the server's
        }
        if (step < current && current - step <= graceSteps()) {
            return Outcome.IN_GRACE;
        }
        return Outcome.EXPIRED;
    }

    private static String[] split(String token) {
        if (token == null || token.length() > 200) {
            return null;
        }
        String[] parts = token.trim().split("\\.", -1);
        if (parts.length != 4 || Arrays.stream(parts).anyMatch(String::isEmpty)) {
            return null;
        }
        return parts;
    }

    private static String mac(String secret, long sessionId, long step, String nonce) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] full = hmac.doFinal(("smavs-qr-v1|" + sessionId + "|" + step + "|" + nonce)
                    .getBytes(StandardCharsets.UTF_8));
            return B64.encodeToString(Arrays.copyOf(full, MAC_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
