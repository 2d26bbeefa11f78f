package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaceTemplateCipherTest {
    private final byte[] key = bytes(32, 7);
    private final FaceTemplateCipher cipher = new FaceTemplateCipher(key);
    private final float[] embedding = randomEmbedding();
    private final byte[] owner = "user:42|faceplugin-face-recognition-js@0.0.1".getBytes(StandardCharsets.UTF_8);

    @Test
    void decryptingGivesBackTheExactEmbedding() {
        assertThat(cipher.decrypt(cipher.encrypt(embedding, owner), owner)).containsExactly(embedding);
        assertThat(cipher.decrypt(cipher.encrypt(embedding))).containsExactly(embedding);
    }

    @Test
    void theFormatIsVersionKeyIdNonceCiphertextAndTag() {
        byte[] sealed = cipher.encrypt(embedding, owner);

        assertThat(sealed[0]).isEqualTo((byte) 2);
        assertThat(java.util.HexFormat.of().formatHex(sealed, 1, 9)).isEqualTo(cipher.currentKeyId());
        assertThat(sealed).hasSize(1 + 8 + 12 + 4 + embedding.length * 4 + 16);
        assertThat(cipher.isCurrent(sealed)).isTrue();
    }

    @Test
    void afterRotationOldTemplatesStillOpenAndAreReportedForReEncryption() {
        byte[] newKey = bytes(32, 9);
        byte[] sealedUnderOldKey = cipher.encrypt(embedding, owner);
        FaceTemplateCipher rotated = new FaceTemplateCipher(newKey, java.util.List.of(key));

        assertThat(rotated.currentKeyId()).isNotEqualTo(cipher.currentKeyId());
        assertThat(rotated.isCurrent(sealedUnderOldKey)).isFalse();
        assertThat(rotated.decrypt(sealedUnderOldKey, owner)).containsExactly(embedding);
        byte[] reSealed = rotated.encrypt(rotated.decrypt(sealedUnderOldKey, owner), owner);
        assertThat(rotated.isCurrent(reSealed)).isTrue();
        assertThat(new FaceTemplateCipher(newKey).decrypt(reSealed, owner)).containsExactly(embedding);

        // once the old key is dropped, its templates name the missing key instead of failing vaguely
        assertThatThrownBy(() -> new FaceTemplateCipher(newKey).decrypt(sealedUnderOldKey, owner))
                .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class)
                .hasMessageContaining(cipher.currentKeyId()).hasMessageContaining("SMAVS_PREVIOUS_FACE_KEYS");
    }

    @Test
    void aKeyIdSwappedForAnotherKnownKeyIsDetected() {
        byte[] otherKey = bytes(32, 9);
        FaceTemplateCipher both = new FaceTemplateCipher(key, java.util.List.of(otherKey));
        byte[] sealed = both.encrypt(embedding, owner);
        byte[] otherId = java.util.HexFormat.of().parseHex(new FaceTemplateCipher(otherKey).currentKeyId());
        System.arraycopy(otherId, 0, sealed, 1, 8);

        assertThatThrownBy(() -> both.decrypt(sealed, owner))
                .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class);
    }

    @Test
    void templatesInTheFirstFormatStillOpenWithTheCurrentOrAPreviousKey() throws Exception {
        byte[] version1 = versionOneTemplate(key, embedding, owner);

        assertThat(cipher.decrypt(version1, owner)).containsExactly(embedding);
        assertThat(cipher.isCurrent(version1)).isFalse();
        assertThat(new FaceTemplateCipher(bytes(32, 9), java.util.List.of(key)).decrypt(version1, owner))
                .containsExactly(embedding);
        assertThatThrownBy(() -> new FaceTemplateCipher(bytes(32, 9)).decrypt(version1, owner))
                .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class);
    }

    /** The format written before key ids existed, built independently of the class under test. */
    private static byte[] versionOneTemplate(byte[] key, float[] embedding, byte[] associatedData) throws Exception {
        java.nio.ByteBuffer plain = java.nio.ByteBuffer.allocate(4 + embedding.length * 4).putInt(embedding.length);
        for (float v : embedding) {
            plain.putFloat(v);
        }
        byte[] nonce = bytes(12, 3);
        javax.crypto.Cipher aes = javax.crypto.Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(javax.crypto.Cipher.ENCRYPT_MODE, new javax.crypto.spec.SecretKeySpec(key, "AES"),
                new javax.crypto.spec.GCMParameterSpec(128, nonce));
        aes.updateAAD(new byte[] {1});
        aes.updateAAD(associatedData);
        byte[] sealed = aes.doFinal(plain.array());
        return java.nio.ByteBuffer.allocate(1 + 12 + sealed.length).put((byte) 1).put(nonce).put(sealed).array();
    }

    @Test
    void theSameEmbeddingEncryptsDifferentlyEachTime() {
        assertThat(cipher.encrypt(embedding, owner)).isNotEqualTo(cipher.encrypt(embedding, owner));
    }

    @Test
    void theCiphertextDoesNotContainThePlainFloats() {
        byte[] sealed = cipher.encrypt(embedding, owner);
        byte[] firstFloat = java.nio.ByteBuffer.allocate(4).putFloat(embedding[0]).array();

        assertThat(indexOf(sealed, firstFloat)).isEqualTo(-1);
    }

    @Test
    void anyFlippedBitIsDetected() {
        byte[] sealed = cipher.encrypt(embedding, owner);
        for (int position : new int[] {0, 1, 8, 9, 20, 21, 200, sealed.length - 1}) {
            byte[] tampered = sealed.clone();
            tampered[position] ^= 0x01;

            assertThatThrownBy(() -> cipher.decrypt(tampered, owner))
                    .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class);
        }
    }

    @Test
    void aTemplateCopiedToAnotherOwnerDoesNotDecrypt() {
        byte[] sealed = cipher.encrypt(embedding, owner);

        assertThatThrownBy(() -> cipher.decrypt(sealed, "user:43".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class);
    }

    @Test
    void theWrongKeyIsDetected() {
        byte[] sealed = cipher.encrypt(embedding, owner);

        assertThatThrownBy(() -> new FaceTemplateCipher(bytes(32, 8)).decrypt(sealed, owner))
                .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class);
    }

    @Test
    void anUnknownVersionAndTruncatedDataAreRefused() {
        byte[] sealed = cipher.encrypt(embedding, owner);
        sealed[0] = 3;

        assertThatThrownBy(() -> cipher.decrypt(sealed, owner)).hasMessageContaining("version 3");
        assertThatThrownBy(() -> cipher.decrypt(new byte[10], owner))
                .isInstanceOf(FaceTemplateCipher.TamperedTemplateException.class);
    }

    @Test
    void onlyAes256KeysAreAccepted() {
        assertThatThrownBy(() -> new FaceTemplateCipher(bytes(16, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changingTheCallersKeyArrayLaterDoesNotChangeTheCipher() {
        byte[] mutable = bytes(32, 7);
        FaceTemplateCipher own = new FaceTemplateCipher(mutable);
        byte[] sealed = own.encrypt(embedding, owner);
        java.util.Arrays.fill(mutable, (byte) 0);

        assertThat(own.decrypt(sealed, owner)).containsExactly(embedding);
    }

    private static byte[] bytes(int length, int seed) {
        byte[] b = new byte[length];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static float[] randomEmbedding() {
        Random random = new Random(1);
        float[] v = new float[512];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
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
