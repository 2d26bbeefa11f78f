package org.smavs.server.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts a selfie's face embedding for the duplicate-face check (AES-256-GCM, random 12-byte IV, stored as
 * base64 {@code iv‖ciphertext}). An embedding is biometric data: it is never stored or logged in clear and
 * never leaves the server. The key is derived from the face-template key with a purpose label, so it is not
 * the templates' key itself. After a key rotation (SMAVS_PREVIOUS_FACE_KEYS) embeddings written under a previous
 * key still open, so a duplicate face is still caught in a session that spans the restart.
 */
public final class EmbeddingCipher {
    private static final int IV_BYTES = 12;

    /** Derived from the current face key first (it encrypts), then from previous ones (they only decrypt). */
    private final List<SecretKeySpec> keys;
    private final SecureRandom random = new SecureRandom();

    public EmbeddingCipher(String faceTemplateKey, List<String> previousFaceTemplateKeys) {
        List<SecretKeySpec> derived = new ArrayList<>();
        derived.add(derive(faceTemplateKey));
        previousFaceTemplateKeys.forEach(previous -> derived.add(derive(previous)));
        this.keys = List.copyOf(derived);
    }

    public EmbeddingCipher(String faceTemplateKey) {
        this(faceTemplateKey, List.of());
    }

    private static SecretKeySpec derive(String faceTemplateKey) {
        try {
            return new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                    .digest(("smavs-session-embedding-v1:" + faceTemplateKey).getBytes(StandardCharsets.UTF_8)), "AES");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String encrypt(float[] embedding) {
        ByteBuffer plain = ByteBuffer.allocate(embedding.length * Float.BYTES);
        for (float value : embedding) {
            plain.putFloat(value);
        }
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(0), new GCMParameterSpec(128, iv));
            byte[] sealed = cipher.doFinal(plain.array());
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot encrypt a face embedding", e);
        }
    }

    /** The embedding, or null when no configured key decrypts the text (e.g. written under a dropped key). */
    public float[] decrypt(String stored) {
        byte[] all;
        try {
            all = Base64.getDecoder().decode(stored);
        } catch (IllegalArgumentException e) {
            return null;
        }
        for (SecretKeySpec key : keys) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, all, 0, IV_BYTES));
                ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(all, IV_BYTES, all.length - IV_BYTES));
                float[] embedding = new float[plain.remaining() / Float.BYTES];
                for (int i = 0; i < embedding.length; i++) {
                    embedding[i] = plain.getFloat();
                }
                return embedding;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not this key (or not an embedding at all): try the next one
            }
        }
        return null;
    }
}
