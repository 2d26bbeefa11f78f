package org.smavs.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.smavs.server.crypto.BiometricCipher.Purpose;

class BiometricCipherTest {
    private static final String KEY = "07".repeat(32);
    private static final String OTHER_KEY = "09".repeat(32);
    private final BiometricCipher cipher = new BiometricCipher(KEY, List.of());
    private final float[] embedding = randomEmbedding();
    private final byte[] owner = "user:42|faceplugin-face-recognition-js@0.0.1".getBytes(StandardCharsets.UTF_8);

    @Test
    void openingGivesBackTheExactVectorForEachPurpose() {
        for (Purpose purpose : Purpose.values()) {
            assertThat(cipher.open(purpose, cipher.seal(purpose, embedding, owner), owner)).containsExactly(embedding);
        }
        assertThat(cipher.openText(Purpose.FACE_TEMPLATE, cipher.sealText(Purpose.FACE_TEMPLATE, embedding, owner), owner))
                .containsExactly(embedding);
    }

    @Test
    void theFormatIsVersionPurposeKeyIdNonceCiphertextAndTag() {
        byte[] sealed = cipher.seal(Purpose.RECORD_EMBEDDING, embedding, owner);

        assertThat(sealed[0]).isEqualTo((byte) 3);
        assertThat(sealed[1]).isEqualTo((byte) 2);
        assertThat(HexFormat.of().formatHex(sealed, 2, 10)).isEqualTo(cipher.currentKeyId());
        assertThat(sealed).hasSize(2 + 8 + 12 + 4 + embedding.length * 4 + 16);
        assertThat(cipher.isCurrent(Purpose.RECORD_EMBEDDING, sealed)).isTrue();
        assertThat(cipher.isCurrent(Purpose.FACE_TEMPLATE, sealed)).isFalse();
        assertThat(Base64.getEncoder().encodeToString(sealed)).startsWith(cipher.currentTextPrefix(Purpose.RECORD_EMBEDDING));
    }

    @Test
    void aValueSealedForOnePurposeNeverOpensAsAnother() {
        byte[] template = cipher.seal(Purpose.FACE_TEMPLATE, embedding, owner);
        byte[] relabelled = template.clone();
        relabelled[1] = 2; // claims to be a record embedding: authenticated header and another derived key

        assertThatThrownBy(() -> cipher.open(Purpose.RECORD_EMBEDDING, template, owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
        assertThatThrownBy(() -> cipher.open(Purpose.RECORD_EMBEDDING, relabelled, owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
    }

    @Test
    void afterRotationOldValuesStillOpenAndAreReportedForResealing() {
        byte[] sealedUnderOldKey = cipher.seal(Purpose.FACE_TEMPLATE, embedding, owner);
        BiometricCipher rotated = new BiometricCipher(OTHER_KEY, List.of(KEY));

        assertThat(rotated.currentKeyId()).isNotEqualTo(cipher.currentKeyId());
        assertThat(rotated.isCurrent(Purpose.FACE_TEMPLATE, sealedUnderOldKey)).isFalse();
        assertThat(rotated.open(Purpose.FACE_TEMPLATE, sealedUnderOldKey, owner)).containsExactly(embedding);
        byte[] resealed = rotated.seal(Purpose.FACE_TEMPLATE, embedding, owner);
        assertThat(new BiometricCipher(OTHER_KEY, List.of()).open(Purpose.FACE_TEMPLATE, resealed, owner))
                .containsExactly(embedding);

        // once the old key is dropped, its values name the missing key instead of failing vaguely
        assertThatThrownBy(() -> new BiometricCipher(OTHER_KEY, List.of()).open(Purpose.FACE_TEMPLATE, sealedUnderOldKey, owner))
                .isInstanceOf(BiometricCipher.TamperedException.class)
                .hasMessageContaining(cipher.currentKeyId()).hasMessageContaining("SMAVS_PREVIOUS_FACE_KEYS");
    }

    @Test
    void templatesOfTheFirstTwoFormatsStillOpen() throws Exception {
        byte[] format1 = legacyTemplate(KEY, embedding, owner, false);
        byte[] format2 = legacyTemplate(KEY, embedding, owner, true);

        assertThat(cipher.open(Purpose.FACE_TEMPLATE, format1, owner)).containsExactly(embedding);
        assertThat(cipher.open(Purpose.FACE_TEMPLATE, format2, owner)).containsExactly(embedding);
        assertThat(cipher.isCurrent(Purpose.FACE_TEMPLATE, format2)).isFalse();
        BiometricCipher rotated = new BiometricCipher(OTHER_KEY, List.of(KEY));
        assertThat(rotated.open(Purpose.FACE_TEMPLATE, format1, owner)).containsExactly(embedding);
        assertThat(rotated.open(Purpose.FACE_TEMPLATE, format2, owner)).containsExactly(embedding);
        assertThatThrownBy(() -> new BiometricCipher(OTHER_KEY, List.of()).open(Purpose.FACE_TEMPLATE, format1, owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
        assertThatThrownBy(() -> cipher.open(Purpose.FACE_TEMPLATE, format2, "user:43".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BiometricCipher.TamperedException.class);
    }

    @Test
    void recordEmbeddingsOfTheFirstFormatStillOpen() throws Exception {
        byte[] legacy = legacyEmbedding(KEY, embedding);

        assertThat(cipher.open(Purpose.RECORD_EMBEDDING, legacy, owner)).containsExactly(embedding);
        assertThat(new BiometricCipher(OTHER_KEY, List.of(KEY)).open(Purpose.RECORD_EMBEDDING, legacy, owner))
                .containsExactly(embedding);
        assertThat(cipher.isCurrent(Purpose.RECORD_EMBEDDING, legacy)).isFalse();
        assertThatThrownBy(() -> new BiometricCipher(OTHER_KEY, List.of()).open(Purpose.RECORD_EMBEDDING, legacy, owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
    }

    @Test
    void theSameVectorSealsDifferentlyEachTimeAndNeverInClear() {
        byte[] sealed = cipher.seal(Purpose.FACE_TEMPLATE, embedding, owner);
        byte[] firstFloat = ByteBuffer.allocate(4).putFloat(embedding[0]).array();

        assertThat(sealed).isNotEqualTo(cipher.seal(Purpose.FACE_TEMPLATE, embedding, owner));
        assertThat(indexOf(sealed, firstFloat)).isEqualTo(-1);
    }

    @Test
    void anyFlippedBitIsDetected() {
        byte[] sealed = cipher.seal(Purpose.FACE_TEMPLATE, embedding, owner);
        for (int position : new int[] {0, 1, 2, 9, 10, 21, 22, 200, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x01;

            assertThatThrownBy(() -> cipher.open(Purpose.FACE_TEMPLATE, tampered, owner))
                    .isInstanceOf(BiometricCipher.TamperedException.class);
        }
    }

    @Test
    void aValueCopiedToAnotherOwnerOrUnderAnotherKeyDoesNotOpen() {
        byte[] sealed = cipher.seal(Purpose.RECORD_EMBEDDING, embedding, owner);

        assertThatThrownBy(() -> cipher.open(Purpose.RECORD_EMBEDDING, sealed, "user:43".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(BiometricCipher.TamperedException.class);
        assertThatThrownBy(() -> new BiometricCipher(OTHER_KEY, List.of()).open(Purpose.RECORD_EMBEDDING, sealed, owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
    }

    @Test
    void unknownFormatsTruncatedDataAndBadKeysAreRefused() {
        byte[] sealed = cipher.seal(Purpose.FACE_TEMPLATE, embedding, owner);
        sealed[0] = 7;

        assertThatThrownBy(() -> cipher.open(Purpose.FACE_TEMPLATE, sealed, owner)).hasMessageContaining("format 7");
        assertThatThrownBy(() -> cipher.open(Purpose.FACE_TEMPLATE, new byte[10], owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
        assertThatThrownBy(() -> cipher.openText(Purpose.FACE_TEMPLATE, "corrupt!!!", owner))
                .isInstanceOf(BiometricCipher.TamperedException.class);
        assertThatThrownBy(() -> new BiometricCipher("07".repeat(16), List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BiometricCipher("zz".repeat(32), List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    /** Face templates as written before this cipher (formats 1 and 2), built independently of it. */
    private static byte[] legacyTemplate(String hexKey, float[] embedding, byte[] binding, boolean withKeyId)
            throws Exception {
        byte[] key = HexFormat.of().parseHex(hexKey);
        byte[] header;
        if (withKeyId) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update("smavs-face-template-key-id".getBytes(StandardCharsets.US_ASCII));
            byte[] id = java.util.Arrays.copyOf(sha.digest(key), 8);
            header = ByteBuffer.allocate(9).put((byte) 2).put(id).array();
        } else {
            header = new byte[] {1};
        }
        byte[] nonce = bytes(12, 3);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
        aes.updateAAD(header);
        aes.updateAAD(binding);
        byte[] sealed = aes.doFinal(plainWithCount(embedding));
        return ByteBuffer.allocate(header.length + 12 + sealed.length).put(header).put(nonce).put(sealed).array();
    }

    /** A record embedding as written before this cipher: iv‖ciphertext of bare floats, key from the key's text. */
    private static byte[] legacyEmbedding(String hexKey, float[] embedding) throws Exception {
        byte[] key = MessageDigest.getInstance("SHA-256")
                .digest(("smavs-session-embedding-v1:" + hexKey).getBytes(StandardCharsets.UTF_8));
        ByteBuffer plain = ByteBuffer.allocate(embedding.length * 4);
        for (float v : embedding) {
            plain.putFloat(v);
        }
        byte[] iv = bytes(12, 5);
        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
        byte[] sealed = aes.doFinal(plain.array());
        return ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();
    }

    private static byte[] plainWithCount(float[] embedding) {
        ByteBuffer plain = ByteBuffer.allocate(4 + embedding.length * 4).putInt(embedding.length);
        for (float v : embedding) {
            plain.putFloat(v);
        }
        return plain.array();
    }

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static float[] randomEmbedding() {
        Random random = new Random(42);
        float[] values = new float[512];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
