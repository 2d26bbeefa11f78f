package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class FaceMatchPolicyTest {

    @Test
    void identicalEmbeddingsMatch() {
        FaceMatchResult result = new FaceMatchPolicy(0.45).compare(Analyses.unitVector(3), Analyses.unitVector(3));

        assertThat(result.match()).isTrue();
        assertThat(result.similarity()).isCloseTo(1.0, offset(1e-9));
        assertThat(result.threshold()).isEqualTo(0.45);
    }

    @Test
    void orthogonalEmbeddingsDoNotMatch() {
        assertThat(new FaceMatchPolicy().compare(Analyses.unitVector(1), Analyses.unitVector(2)).match()).isFalse();
    }

    @Test
    void theThresholdItselfCountsAsAMatch() {
        float[] a = {1, 0};
        float[] b = {0.5f, (float) Math.sqrt(0.75)};
        double similarity = FaceMatchPolicy.cosineSimilarity(a, b);

        assertThat(new FaceMatchPolicy(similarity).compare(a, b).match()).isTrue();
        assertThat(new FaceMatchPolicy(similarity + 1e-6).compare(a, b).match()).isFalse();
    }

    @Test
    void similarityDoesNotDependOnLength() {
        assertThat(FaceMatchPolicy.cosineSimilarity(new float[] {3, 4}, new float[] {6, 8})).isCloseTo(1.0,
                offset(1e-9));
    }

    @Test
    void embeddingsOfDifferentLengthAreRefused() {
        assertThatThrownBy(() -> FaceMatchPolicy.cosineSimilarity(new float[2], new float[3]))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdMustBeASimilarity() {
        assertThatThrownBy(() -> new FaceMatchPolicy(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
