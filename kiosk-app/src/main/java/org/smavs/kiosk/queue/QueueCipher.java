package org.smavs.kiosk.queue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.smavs.kiosk.files.OwnerOnlyFiles;

/**
 * AES-256-GCM for queue records. The key is generated on the first run and kept in an owner-only file
 * next to the queue: it protects the queued frames (biometric data) against anyone who copies the data
 * directory without the kiosk user's rights, not against root on the kiosk itself.
 */
public final class QueueCipher {
    static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final byte[] ASSOCIATED_DATA = "smavs-kiosk-queue-v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;
    private final SecureRandom random;

    QueueCipher(byte[] keyBytes, SecureRandom random) {
        this.key = new SecretKeySpec(keyBytes, "AES");
        this.random = random;
    }

    /** Loads the key from {@code keyFile}, creating a fresh random one the first time. */
    public static QueueCipher fromKeyFile(Path keyFile, SecureRandom random) throws IOException {
        if (!Files.exists(keyFile) || Files.size(keyFile) == 0) {
            byte[] fresh = new byte[32];
            random.nextBytes(fresh);
            OwnerOnlyFiles.writeAtomically(keyFile, fresh);
        }
        byte[] keyBytes = Files.readAllBytes(keyFile);
        if (keyBytes.length != 32) {
            throw new IOException("The offline queue key " + keyFile + " is damaged (" + keyBytes.length + " bytes)");
        }
        return new QueueCipher(keyBytes, random);
    }

    /** nonce ‖ ciphertext ‖ tag */
    byte[] seal(byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(ASSOCIATED_DATA);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, out, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    /** @throws GeneralSecurityException when the record was altered or sealed with another key */
    byte[] open(byte[] record) throws GeneralSecurityException {
        if (record.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new GeneralSecurityException("record too short");
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, record, 0, NONCE_BYTES));
        cipher.updateAAD(ASSOCIATED_DATA);
        return cipher.doFinal(record, NONCE_BYTES, record.length - NONCE_BYTES);
    }
}
