package org.smavs.server.face;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts face embeddings at rest with AES-256-GCM. An embedding is biometric data: a leaked database
 * must not reveal it, and a modified one must be detected rather than silently compared.
 *
 * <p>Format, version 2: {@code [0x02][8-byte key id][12-byte random nonce][ciphertext of 4-byte big-endian
 * float count + floats][16-byte tag]}. Version 1 (written before keys could rotate) has no key id:
 * {@code [0x01][nonce][ciphertext][tag]}; it is still read, by trying each known key. The version byte and
 * the key id are authenticated, so neither can be swapped. Callers should pass associated data that binds
 * the template to its owner (e.g. the user id and model version): a template copied onto another account
 * then fails to decrypt.
 *
 * <p>Keys come from configuration (never stored with the data): the current key encrypts, previous keys
 * only decrypt, so an operator can rotate the key and let {@link #isCurrent} find templates to re-encrypt.
 * The key id is a hash of the key, so it names a key without revealing it.
 */
public final class FaceTemplateCipher {
    public static final int KEY_BYTES = 32;
    private static final byte VERSION_1 = 1;
    private static final byte VERSION_2 = 2;
    private static final int KEY_ID_BYTES = 8;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_DIMENSIONS = 4096;

    /** The current key first (it encrypts), then previous keys (they only decrypt). */
    private final List<TemplateKey> keys;
    private final SecureRandom random;

    public FaceTemplateCipher(byte[] currentKey, List<byte[]> previousKeys, SecureRandom random) {
        List<TemplateKey> ring = new ArrayList<>();
        ring.add(TemplateKey.of(currentKey));
        for (byte[] previous : previousKeys) {
            TemplateKey key = TemplateKey.of(previous);
            if (ring.stream().noneMatch(k -> Arrays.equals(k.id(), key.id()))) {
                ring.add(key);
            }
        }
        this.keys = List.copyOf(ring);
        this.random = random;
    }

    public FaceTemplateCipher(byte[] currentKey, List<byte[]> previousKeys) {
        this(currentKey, previousKeys, new SecureRandom());
    }

    public FaceTemplateCipher(byte[] key) {
        this(key, List.of());
    }

    /** The current key's id, in hexadecimal (safe to log: it is a hash, not the key). */
    public String currentKeyId() {
        return HexFormat.of().formatHex(keys.get(0).id());
    }

    /** The 9 bytes (version, key id) every template encrypted now starts with. */
    public byte[] currentHeader() {
        return ByteBuffer.allocate(1 + KEY_ID_BYTES).put(VERSION_2).put(keys.get(0).id()).array();
    }

    /** True when the template is in the newest format under the current key; false means re-encrypt it. */
    public boolean isCurrent(byte[] encrypted) {
        return encrypted != null && encrypted.length > 1 + KEY_ID_BYTES && encrypted[0] == VERSION_2
                && Arrays.equals(encrypted, 1, 1 + KEY_ID_BYTES, keys.get(0).id(), 0, KEY_ID_BYTES);
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
        TemplateKey current = keys.get(0);
        byte[] header = currentHeader();
        try {
            Cipher cipher = cipher(current, Cipher.ENCRYPT_MODE, nonce, header, associatedData);
            byte[] sealed = cipher.doFinal(plain.array());
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed)
                    .array();
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
        if (encrypted == null || encrypted.length < 1) {
            throw new TamperedTemplateException("Encrypted face template is truncated");
        }
        if (encrypted[0] == VERSION_2) {
            int headerLength = 1 + KEY_ID_BYTES;
            requireLength(encrypted, headerLength);
            byte[] keyId = Arrays.copyOfRange(encrypted, 1, headerLength);
            TemplateKey key = keys.stream().filter(k -> Arrays.equals(k.id(), keyId)).findFirst()
                    .orElseThrow(() -> new TamperedTemplateException("Face template was encrypted with a key this "
                            + "server does not have (key id " + HexFormat.of().formatHex(keyId)
                            + "); add it to SMAVS_PREVIOUS_FACE_KEYS"));
            return open(key, encrypted, headerLength, associatedData);
        }
        if (encrypted[0] == VERSION_1) {
            requireLength(encrypted, 1);
            for (TemplateKey key : keys) {
                try {
                    return open(key, encrypted, 1, associatedData);
                } catch (TamperedTemplateException wrongKeyOrTampered) {
                    // version 1 does not name its key: try the next one
                }
            }
            throw new TamperedTemplateException("Face template failed authentication (tampered or wrong key)");
        }
        throw new TamperedTemplateException("Unknown face template format version " + encrypted[0]);
    }

    private static void requireLength(byte[] encrypted, int headerLength) {
        if (encrypted.length < headerLength + NONCE_BYTES + TAG_BITS / 8 + 4) {
            throw new TamperedTemplateException("Encrypted face template is truncated");
        }
    }

    private float[] open(TemplateKey key, byte[] encrypted, int headerLength, byte[] associatedData) {
        byte[] header = Arrays.copyOfRange(encrypted, 0, headerLength);
        byte[] nonce = Arrays.copyOfRange(encrypted, headerLength, headerLength + NONCE_BYTES);
        byte[] plain;
        try {
            Cipher cipher = cipher(key, Cipher.DECRYPT_MODE, nonce, header, associatedData);
            int start = headerLength + NONCE_BYTES;
            plain = cipher.doFinal(encrypted, start, encrypted.length - start);
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

    /** The header (version byte, and key id from version 2 on) is authenticated with the associated data. */
    private static Cipher cipher(TemplateKey key, int mode, byte[] nonce, byte[] header, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key.spec(), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        if (associatedData != null && associatedData.length > 0) {
            cipher.updateAAD(associatedData);
        }
        return cipher;
    }

    /** One AES-256 key and its id: the first 8 bytes of SHA-256 over a label and the key. */
    private record TemplateKey(SecretKeySpec spec, byte[] id) {
        static TemplateKey of(byte[] key) {
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("face template key must be " + KEY_BYTES + " bytes (AES-256)");
            }
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update("smavs-face-template-key-id".getBytes(StandardCharsets.US_ASCII));
                byte[] id = Arrays.copyOf(sha256.digest(key), KEY_ID_BYTES);
                return new TemplateKey(new SecretKeySpec(key.clone(), "AES"), id);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }
    }

    /** An encrypted template that does not authenticate. */
    public static final class TamperedTemplateException extends RuntimeException {
        public TamperedTemplateException(String message) {
            super(message);
        }
    }
}
