package org.smavs.server.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets kept for a user (the authenticator secret) with AES-256-GCM under a key derived from the
 * server's SECRET_KEY for one purpose. Opening tries the current secret, then the previous ones, so rotating
 * SECRET_KEY (with the old one kept as previous) does not lock anyone out.
 */
public final class SecretBox {
    private static final int NONCE_BYTES = 12;

    private final List<byte[]> keys;
    private final SecureRandom random = new SecureRandom();

    /** {@code secrets}: the current SECRET_KEY first, then previous ones. */
    public SecretBox(List<String> secrets, String purpose) {
        this.keys = secrets.stream().map(secret -> HmacSha256.of(secret.getBytes(StandardCharsets.UTF_8),
                "smavs-secret-box:" + purpose)).toList();
    }

    public String seal(String plain) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, keys.get(0), nonce, plain.getBytes(StandardCharsets.UTF_8));
        byte[] out = new byte[NONCE_BYTES + sealed.length];
        System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return Base64.getEncoder().encodeToString(out);
    }

    /** The plain text, or an exception when no known key opens it (tampered, or sealed under a forgotten key). */
    public String open(String sealedText) {
        byte[] all = Base64.getDecoder().decode(sealedText);
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        for (byte[] key : keys) {
            try {
                return new String(crypt(Cipher.DECRYPT_MODE, key, nonce, body), StandardCharsets.UTF_8);
            } catch (IllegalStateException wrongKey) {
                // try the next (previous) key
            }
        }
        throw new BiometricCipher.TamperedException("A sealed secret could not be opened with the current or any "
                + "previous SECRET_KEY");
    }

    private static byte[] crypt(int mode, byte[] key, byte[] nonce, byte[] data) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
            return cipher.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
