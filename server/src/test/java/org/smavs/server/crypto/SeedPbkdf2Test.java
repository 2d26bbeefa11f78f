package org.smavs.server.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hashes in Passlib's pbkdf2_sha256 format made outside Java (Python's hashlib.pbkdf2_hmac with Passlib's adapted
 * base64), as the seed backend stored them.
 */
class SeedPbkdf2Test {
    private static final String STUDENT = "$pbkdf2-sha256$29000$obLD1OX2BxgpOktcbX6PkA$7rFjbwtjyIJJ9k0qaj33kJAjaBhyRVtFz2dAlGZQjbc";
    private static final String UNICODE = "$pbkdf2-sha256$1000$obLD1OX2BxgpOktcbX6PkA$WLhXwb.Rn3zIQovQ0lOntEOOBnWGXVdOOAFZXKruXnc";

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void theSeedsHashesVerifyAndAreReplacedAtTheFirstSignIn() {
        assertThat(hasher.verify("student123", STUDENT)).isTrue();
        assertThat(hasher.verify("student124", STUDENT)).isFalse();
        assertThat(hasher.verify("Lecturer-Ünïcode-密码", UNICODE)).as("UTF-8 and '.' in adapted base64").isTrue();
        assertThat(hasher.needsRehash(STUDENT)).isTrue();
        assertThat(PasswordHasher.isAcceptedHash(STUDENT)).isTrue();
    }

    @Test
    void malformedOrHostileHashesAreNeitherAcceptedNorExpensive() {
        assertThat(PasswordHasher.isAcceptedHash("$pbkdf2-sha256$2147483647$obLD1OX2BxgpOktcbX6PkA$"
                + "7rFjbwtjyIJJ9k0qaj33kJAjaBhyRVtFz2dAlGZQjbc")).as("rounds beyond the cap").isFalse();
        assertThat(PasswordHasher.isAcceptedHash("$pbkdf2-sha256$29000$%%%$abc")).isFalse();
        assertThat(PasswordHasher.isAcceptedHash("$pbkdf2-sha1$29000$obLD1OX2BxgpOktcbX6PkA$abc")).isFalse();
        assertThat(PasswordHasher.isAcceptedHash("plain text")).isFalse();
        assertThat(hasher.verify("student123", "$pbkdf2-sha256$29000$obLD1OX2BxgpOktcbX6PkA$short")).isFalse();
    }
}
