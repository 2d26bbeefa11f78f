package org.smavs.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1024, 1, 1);

    @Test
    void hashesAreArgon2idPhcStringsThatVerify() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterz", hash)).isFalse();
        assertThat(hasher.hash("correct horse battery")).isNotEqualTo(hash);
    }

    @Test
    void garbageHashesNeverVerify() {
        assertThat(hasher.verify("x", "not-a-hash")).isFalse();
        assertThat(hasher.verify("x", "$argon2id$v=19$m=x$salt$hash")).isFalse();
        assertThat(hasher.verify(null, hasher.hash("x"))).isFalse();
    }

    @Test
    void hashesMadeWithOtherParametersAreRehashedOnLogin() {
        String old = new PasswordHasher(512, 1, 1).hash("pw-123456");
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.verify("pw-123456", old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("pw-123456"))).isFalse();
    }

    @Test
    void productionParametersAreOwaspsAndTheDefault() {
        assertThat(new PasswordHasher().hash("x")).contains("m=19456,t=2,p=1");
    }
}
