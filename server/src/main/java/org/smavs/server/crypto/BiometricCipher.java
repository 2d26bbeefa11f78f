package org.smavs.server.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The one cipher for biometric data at rest (face templates and the per-record embeddings of the
 * duplicate-face check): AES-256-GCM under a key derived for each {@link Purpose} from the configured face
 * key, so a value sealed for one purpose never opens as another. Biometric vectors are never stored or
 * logged in clear and never leave the server.
 *
 * <p>Format 3, written now: {@code [0x03][purpose][8-byte key id][12-byte nonce][ciphertext of a 4-byte
 * big-endian count + floats][16-byte tag]}. The header is authenticated together with the caller's binding
 * (e.g. the owner's id), so neither the purpose, the key id nor the owner can be swapped.
 *
 * <p>Older formats still open, so nothing stored before this cipher existed is lost: face templates of
 * format 1 (no key id) and 2 (key id) under the raw configured key, and record embeddings written as
 * {@code iv‖ciphertext} under a SHA-256 derivation of the key's text. {@link #isCurrent} tells the
 * maintenance job which values to re-seal into format 3 under the current key.
 *
 * <p>Keys come from configuration, never from the data: the current key seals, previous keys only open,
 * so an operator can rotate. A key id is a hash of the key: it names a key without revealing it.
 */
public final class BiometricCipher {
    public static final int KEY_BYTES = 32;
    private static final byte FORMAT_1 = 1;
    private static final byte FORMAT_2 = 2;
    private static final byte FORMAT_3 = 3;
    private static final int KEY_ID_BYTES = 8;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int MAX_DIMENSIONS = 4096;

    /** What a sealed vector is for; its code is part of the authenticated header. */
    public enum Purpose {
        FACE_TEMPLATE((byte) 1, "face-template"),
        RECORD_EMBEDDING((byte) 2, "record-embedding");

        private final byte code;
        private final String label;

        Purpose(byte code, String label) {
            this.code = code;
            this.label = label;
        }
    }

    /** The current key first (it seals), then previous keys (they only open). */
    private final List<MasterKey> keys;
    private final SecureRandom random;

    /** Keys as configured: 64 hexadecimal characters each. */
    public BiometricCipher(String currentKeyHex, List<String> previousKeysHex, SecureRandom random) {
        List<MasterKey> ring = new ArrayList<>();
        ring.add(MasterKey.of(currentKeyHex));
        for (String previous : previousKeysHex) {
            MasterKey key = MasterKey.of(previous);
            if (ring.stream().noneMatch(k -> Arrays.equals(k.id(), key.id()))) {
                ring.add(key);
            }
        }
        this.keys = List.copyOf(ring);
        this.random = random;
    }

    public BiometricCipher(String currentKeyHex, List<String> previousKeysHex) {
        this(currentKeyHex, previousKeysHex, new SecureRandom());
    }

    /** The current key's id, in hexadecimal (safe to log: it is a hash, not the key). */
    public String currentKeyId() {
        return HexFormat.of().formatHex(keys.get(0).id());
    }

    /** Seals {@code vector} for {@code purpose}, bound to {@code binding} (which opening must repeat). */
    public byte[] seal(Purpose purpose, float[] vector, byte[] binding) {
        if (vector.length == 0 || vector.length > MAX_DIMENSIONS) {
            throw new IllegalArgumentException("vector length out of range: " + vector.length);
        }
        ByteBuffer plain = ByteBuffer.allocate(4 + vector.length * 4).putInt(vector.length);
        for (float v : vector) {
            plain.putFloat(v);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] header = currentHeader(purpose);
        try {
            Cipher cipher = cipher(keys.get(0).forPurpose(purpose), Cipher.ENCRYPT_MODE, nonce, header, binding);
            byte[] sealed = cipher.doFinal(plain.array());
            return ByteBuffer.allocate(header.length + NONCE_BYTES + sealed.length).put(header).put(nonce).put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
    }

    /** {@link #seal} as base64 text, the way the database columns hold it. */
    public String sealText(Purpose purpose, float[] vector, byte[] binding) {
        return Base64.getEncoder().encodeToString(seal(purpose, vector, binding));
    }

    /**
     * @throws TamperedException when the value, its header or the binding was altered, or no configured key
     *                           opens it
     */
    public float[] open(Purpose purpose, byte[] sealed, byte[] binding) {
        if (sealed == null || sealed.length < 1) {
            throw new TamperedException("Sealed biometric data is truncated");
        }
        if (sealed[0] == FORMAT_3 && sealed.length > 1 && sealed[1] == purpose.code) {
            try {
                return openFormat3(purpose, sealed, binding);
            } catch (TamperedException e) {
                if (purpose != Purpose.RECORD_EMBEDDING) {
                    throw e;
                }
                // a legacy embedding's random IV may start with these two bytes: try that format too
            }
        }
        if (purpose == Purpose.FACE_TEMPLATE && sealed[0] == FORMAT_2) {
            return openLegacyTemplate(sealed, 1 + KEY_ID_BYTES, binding, keyNamed(sealed, 1));
        }
        if (purpose == Purpose.FACE_TEMPLATE && sealed[0] == FORMAT_1) {
            for (MasterKey key : keys) {
                try {
                    return openLegacyTemplate(sealed, 1, binding, key);
                } catch (TamperedException wrongKeyOrTampered) {
                    // format 1 does not name its key: try the next one
                }
            }
            throw new TamperedException("Face template failed authentication (tampered or wrong key)");
        }
        if (purpose == Purpose.RECORD_EMBEDDING) {
            return openLegacyEmbedding(sealed);
        }
        throw new TamperedException("Unknown format " + sealed[0] + " for " + purpose.label);
    }

    /** {@link #open} of base64 text. */
    public float[] openText(Purpose purpose, String sealed, byte[] binding) {
        try {
            return open(purpose, Base64.getDecoder().decode(sealed), binding);
        } catch (IllegalArgumentException e) {
            throw new TamperedException("Sealed biometric data is not base64");
        }
    }

    /** True when the value is in format 3 for this purpose under the current key; false means re-seal it. */
    public boolean isCurrent(Purpose purpose, byte[] sealed) {
        byte[] header = currentHeader(purpose);
        return sealed != null && sealed.length > header.length && Arrays.equals(sealed, 0, header.length, header, 0,
                header.length);
    }

    /**
     * Base64 of the 10-byte current header starts with these 12 characters (no LIKE wildcards among them), so
     * the database can find values that are not current by prefix.
     */
    public String currentTextPrefix(Purpose purpose) {
        return Base64.getEncoder().encodeToString(Arrays.copyOf(currentHeader(purpose), 9));
    }

    private byte[] currentHeader(Purpose purpose) {
        return ByteBuffer.allocate(2 + KEY_ID_BYTES).put(FORMAT_3).put(purpose.code).put(keys.get(0).id()).array();
    }

    private float[] openFormat3(Purpose purpose, byte[] sealed, byte[] binding) {
        int headerLength = 2 + KEY_ID_BYTES;
        requireLength(sealed, headerLength);
        MasterKey key = keyNamed(sealed, 2);
        return open(key.forPurpose(purpose), sealed, headerLength, binding);
    }

    private float[] openLegacyTemplate(byte[] sealed, int headerLength, byte[] binding, MasterKey key) {
        requireLength(sealed, headerLength);
        return open(key.raw(), sealed, headerLength, binding);
    }

    /** The first embedding format: {@code iv‖ciphertext} of bare floats, no header, no binding. */
    private float[] openLegacyEmbedding(byte[] sealed) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedException("Sealed embedding is truncated");
        }
        for (MasterKey key : keys) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key.legacyEmbedding(), new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
                ByteBuffer plain = ByteBuffer.wrap(cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES));
                float[] vector = new float[plain.remaining() / Float.BYTES];
                for (int i = 0; i < vector.length; i++) {
                    vector[i] = plain.getFloat();
                }
                return vector;
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // not this key: try the next one
            }
        }
        throw new TamperedException("Embedding failed authentication (tampered or wrong key)");
    }

    private MasterKey keyNamed(byte[] sealed, int offset) {
        requireLength(sealed, offset + KEY_ID_BYTES);
        byte[] keyId = Arrays.copyOfRange(sealed, offset, offset + KEY_ID_BYTES);
        return keys.stream().filter(k -> Arrays.equals(k.id(), keyId)).findFirst()
                .orElseThrow(() -> new TamperedException("Biometric data was sealed with a key this server does not "
                        + "have (key id " + HexFormat.of().formatHex(keyId) + "); add it to SMAVS_PREVIOUS_FACE_KEYS"));
    }

    private static void requireLength(byte[] sealed, int headerLength) {
        if (sealed.length < headerLength + NONCE_BYTES + TAG_BITS / 8 + 4) {
            throw new TamperedException("Sealed biometric data is truncated");
        }
    }

    private static float[] open(SecretKeySpec key, byte[] sealed, int headerLength, byte[] binding) {
        byte[] header = Arrays.copyOfRange(sealed, 0, headerLength);
        byte[] nonce = Arrays.copyOfRange(sealed, headerLength, headerLength + NONCE_BYTES);
        byte[] plain;
        try {
            Cipher cipher = cipher(key, Cipher.DECRYPT_MODE, nonce, header, binding);
            int start = headerLength + NONCE_BYTES;
            plain = cipher.doFinal(sealed, start, sealed.length - start);
        } catch (AEADBadTagException e) {
            throw new TamperedException("Biometric data failed authentication (tampered or wrong key)");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is required by every Java platform", e);
        }
        ByteBuffer buffer = ByteBuffer.wrap(plain);
        int count = buffer.getInt();
        if (count < 0 || (long) count * 4 != buffer.remaining()) {
            throw new TamperedException("Biometric data length does not match its header");
        }
        float[] vector = new float[count];
        for (int i = 0; i < count; i++) {
            vector[i] = buffer.getFloat();
        }
        return vector;
    }

    private static Cipher cipher(SecretKeySpec key, int mode, byte[] nonce, byte[] header, byte[] binding)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(header);
        if (binding != null && binding.length > 0) {
            cipher.updateAAD(binding);
        }
        return cipher;
    }

    /** One configured key, its id, and the keys derived from it for each purpose. */
    private record MasterKey(SecretKeySpec raw, byte[] id, SecretKeySpec template, SecretKeySpec embedding,
                             SecretKeySpec legacyEmbedding) {
        static MasterKey of(String hex) {
            byte[] key;
            try {
                key = HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                key = null;
            }
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("a face key must be 64 hexadecimal characters (AES-256)");
            }
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update("smavs-face-template-key-id".getBytes(StandardCharsets.US_ASCII));
                byte[] id = Arrays.copyOf(sha256.digest(key), KEY_ID_BYTES);
                byte[] legacy = MessageDigest.getInstance("SHA-256")
                        .digest(("smavs-session-embedding-v1:" + hex).getBytes(StandardCharsets.UTF_8));
                return new MasterKey(new SecretKeySpec(key, "AES"), id, derive(key, Purpose.FACE_TEMPLATE),
                        derive(key, Purpose.RECORD_EMBEDDING), new SecretKeySpec(legacy, "AES"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA-256 and HMAC-SHA256 are required by every Java platform", e);
            }
        }

        /** HMAC-SHA256 of a purpose label under the configured key: one independent AES key per purpose. */
        private static SecretKeySpec derive(byte[] key, Purpose purpose) throws GeneralSecurityException {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return new SecretKeySpec(mac.doFinal(("smavs-biometric-key|" + purpose.label)
                    .getBytes(StandardCharsets.US_ASCII)), "AES");
        }

        SecretKeySpec forPurpose(Purpose purpose) {
            return purpose == Purpose.FACE_TEMPLATE ? template : embedding;
        }
    }

    /** Sealed biometric data that does not authenticate. */
    public static final class TamperedException extends RuntimeException {
        public TamperedException(String message) {
            super(message);
        }
    }
}
