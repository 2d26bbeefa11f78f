package org.smavs.server.face;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts face embeddings at rest with AES-256-GCM. An embedding is biometric data: a leaked database
 * must not reveal it, and a modified one must be detected rather than silently compared.
 *
 * <p>Format, version 1: {@code [0x01][12-byte random nonce][ciphertext of 4-byte big-endian float count +
 * floats][16-byte tag]}. The version byte is authenticated, so a future format cannot be confused with this
 * one. Callers should pass associated data that binds the template to its owner (e.g. the user id and
 * model version): a template copied onto another account then fails to decrypt.
 *
 * <p>The key comes from configuration (never stored with the data); this class keeps its own copy.
 */
public final class FaceTemplateCipher {
    public static final int KEY_BYTES = 32;
    private static final byte VERSION_1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_DIMENSIONS = 4096;

    private final SecretKeySpec key;
    private final SecureRandom random;

    public FaceTemplateCipher(byte[] key, SecureRandom random) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("face template key must be " + KEY_BYTES + " bytes (AES-256)");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
        this.random = random;
    }

    public FaceTemplateCipher(byte[] key) {
        this(key, new SecureRandom());
    }

    public byte[] encrypt(float[] embedding, byte[] associatedData) {
        if (embedding.length == 0 || embedding.length > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("embedding length out of range: " + embedding.length);
        }
        ByteBuffer plain = ByteBuffer.allocate(4 + embedding.length * 4).putInt(embedding.length);
        for (float v : embedding) {
            plain.putFloat(v);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, associatedData);
            byte[] sealed = cipher.doFinal(plain.array());
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(VERSION_1).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    public byte[] encrypt(float[] embedding) {
        return encrypt(embedding, new byte[0]);
    }

    /**
     * @throws TamperedTemplateException when the data, its version, or the associated data was altered, or
     *                                    the key is wrong
     */
    public float[] decrypt(byte[] encrypted, byte[] associatedData) {
        if (encrypted == null || encrypted.length < 1 + NONCE_BYTES + TAG_BITS / 8 + 4) {
            throw new TamperedTemplateException("Encrypted face template is truncated");
        }
        if (encrypted[0] != VERSION_1) {
            throw new TamperedTemplateException("Unknown face template format version " + encrypted[0]);
        }
        byte[] nonce = java.util.Arrays.copyOfRange(encrypted, 1, 1 + NONCE_BYTES);
        byte[] plain;
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, nonce, associatedData);
            plain = cipher.doFinal(encrypted, 1 + NONCE_BYTES, encrypted.length - 1 - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new TamperedTemplateException("Face template failed authentication (tampered or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        int count = buffer.getInt();
        if (count * 4 != buffer.remaining()) {
            throw new TamperedTemplateException("Face template length does not match its header");
        }
        float[] embedding = new float[count];
        for (int i = 0; i < count; i++) {
            embedding[i] = buffer.getFloat();
        }
        return embedding;
    }

    public float[] decrypt(byte[] encrypted) {
        return decrypt(encrypted, new byte[0]);
    }

    private Cipher cipher(int mode, byte[] nonce, byte[] associatedData) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(new byte[] {VERSION_1});
        if (associatedData != null && associatedData.length > 0) {
            cipher.updateAAD(associatedData);
        }
        return cipher;
    }

    /** An encrypted template that does not authenticate. */
    public static final class TamperedTemplateException extends RuntimeException {
        public TamperedTemplateException(String message) {
            super(message);
        }
    }
}
