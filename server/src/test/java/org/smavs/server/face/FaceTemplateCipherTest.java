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
    void theFormatIsVersionNonceCiphertextAndTag() {
        byte[] sealed = cipher.encrypt(embedding, owner);

        assertThat(sealed[0]).isEqualTo((byte) 1);
        assertThat(sealed).hasSize(1 + 12 + 4 + embedding.length * 4 + 16);
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
        for (int position : new int[] {1, 12, 13, 200, sealed.length - 1}) {
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
        sealed[0] = 2;

        assertThatThrownBy(() -> cipher.decrypt(sealed, owner)).hasMessageContaining("version 2");
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
