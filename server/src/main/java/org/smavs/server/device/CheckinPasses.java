package org.smavs.server.device;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.smavs.server.crypto.HmacSha256;
import org.smavs.server.error.RuleViolationException;

/**
 * Short-lived passes the mobile app shows as a QR at a kiosk:
 * {@code cp1.<student id>.<device row id>.<expiry epoch seconds>.<mac>} with the mac = base64url
 * HMAC-SHA256 over {@code "cp1|<student id>|<device id>|<expiry>"}, keyed with a key derived from
 * SECRET_KEY (so rotating the secret invalidates passes, and the JWT key is never reused directly).
 * An app with a bound device key appends {@code .<device signature>} (base64, the device key's signature over
 * the first five parts, i.e. the pass text as issued): the kiosk side checks it against the bound key, so a pass
 * copied off the screen of a phone whose key it does not hold is refused. A pass lives 20 seconds and works once
 * (its mac is recorded when used).
 */
public final class CheckinPasses {
    public static final Duration LIFETIME = Duration.ofSeconds(20);
    public static final String PASS_INVALID = "CHECKIN_PASS_INVALID";
    private static final String PREFIX = "cp1";

    /** A pass that verified; {@code deviceSignature} is null unless the app appended one. */
    public record Verified(long studentId, long deviceId, Instant expiresAt, String signedText, String deviceSignature) {
        /** The server's mac: unique per pass, recorded when the pass is used. */
        public String mac() {
            return signedText.substring(signedText.lastIndexOf('.') + 1);
        }
    }

    public record Issued(String pass, Instant expiresAt) {
    }

    private final byte[] key;
    private final Clock clock;

    public CheckinPasses(String secretKey, Clock clock) {
        this.key = HmacSha256.of(secretKey.getBytes(StandardCharsets.UTF_8), "smavs-checkin-pass-key-v1");
        this.clock = clock;
    }

    public Issued issue(long studentId, long deviceId) {
        Instant expiresAt = clock.instant().plus(LIFETIME);
        String body = PREFIX + "." + studentId + "." + deviceId + "." + expiresAt.getEpochSecond();
        return new Issued(body + "." + mac(studentId, deviceId, expiresAt.getEpochSecond()), expiresAt);
    }

    /** Checks the server's mac and the expiry; throws a 422 with {@link #PASS_INVALID} otherwise. */
    public Verified verify(String pass) {
        return verifyAt(pass, clock.instant());
    }

    /** Verifies as of {@code at}: a kiosk that was offline checks a pass against its capture time. */
    public Verified verifyAt(String pass, Instant at) {
        String[] parts = pass == null || pass.length() > 1000 ? new String[0] : pass.trim().split("\\.", -1);
        if ((parts.length != 5 && parts.length != 6) || !PREFIX.equals(parts[0])) {
            throw invalid("This is not a SMAVS check-in pass");
        }
        long studentId;
        long deviceId;
        long expiry;
        try {
            studentId = Long.parseLong(parts[1]);
            deviceId = Long.parseLong(parts[2]);
            expiry = Long.parseLong(parts[3]);
        } catch (NumberFormatException e) {
            throw invalid("This is not a SMAVS check-in pass");
        }
        byte[] expected = mac(studentId, deviceId, expiry).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[4].getBytes(StandardCharsets.US_ASCII))) {
            throw invalid("The check-in pass signature is not valid");
        }
        if (!at.isBefore(Instant.ofEpochSecond(expiry))) {
            throw invalid("The check-in pass has expired; show a fresh one");
        }
        String signedText = String.join(".", parts[0], parts[1], parts[2], parts[3], parts[4]);
        return new Verified(studentId, deviceId, Instant.ofEpochSecond(expiry), signedText,
                parts.length == 6 ? parts[5] : null);
    }

    private String mac(long studentId, long deviceId, long expiry) {
        byte[] full = HmacSha256.of(key, PREFIX + "|" + studentId + "|" + deviceId + "|" + expiry);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(full);
    }


    private static RuleViolationException invalid(String message) {
        return new RuleViolationException(PASS_INVALID, message);
    }
}
