package org.smavs.server.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The seed backend's password hashes, Passlib's {@code pbkdf2_sha256}:
 * {@code $pbkdf2-sha256$<rounds>$<salt>$<checksum>} with salt and checksum in Passlib's "adapted base64" (standard
 * base64 without padding, '.' instead of '+'). Only verified, never produced: a match is rehashed to Argon2id.
 */
final class SeedPbkdf2 {
    static final String PREFIX = "$pbkdf2-sha256$";
    /** A hostile import must not make one sign-in cost minutes of CPU. */
    private static final int MAX_ROUNDS = 2_000_000;

    private SeedPbkdf2() {
    }

    private record Parts(int rounds, byte[] salt, byte[] checksum) {
    }

    static boolean isWellFormed(String hash) {
        return parse(hash) != null;
    }

    static boolean verify(String password, String hash) {
        Parts parts = parse(hash);
        if (parts == null) {
            return false;
        }
        try {
            // Passlib hashes the UTF-8 bytes; Java's PBEKeySpec takes chars and encodes them as UTF-8 for HMAC keys
            SecretKeyFactory factory = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256");
            byte[] derived = factory.generateSecret(new PBEKeySpec(password.toCharArray(), parts.salt(), parts.rounds(),
                    parts.checksum().length * 8)).getEncoded();
            return MessageDigest.isEqual(derived, parts.checksum());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is required by every Java platform", e);
        }
    }

    private static Parts parse(String hash) {
        if (hash == null || !hash.startsWith(PREFIX) || hash.length() > 300) {
            return null;
        }
        String[] fields = hash.substring(PREFIX.length()).split("\\$", -1);
        if (fields.length != 3) {
            return null;
        }
        try {
            int rounds = Integer.parseInt(fields[0]);
            byte[] salt = adaptedBase64(fields[1]);
            byte[] checksum = adaptedBase64(fields[2]);
            if (rounds < 1 || rounds > MAX_ROUNDS || salt.length == 0 || checksum.length != 32) {
                return null;
            }
            return new Parts(rounds, salt, checksum);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static byte[] adaptedBase64(String text) {
        return Base64.getDecoder().decode(text.replace('.', '+').getBytes(StandardCharsets.US_ASCII));
    }
}
