package org.smavs.server.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.smavs.model.error.FieldError;

class CredentialPolicyTest {

    @Test
    void compatibilityFormsAndCaseFoldToOneSpelling() {
        assertThat(CredentialPolicy.normaliseEmail(" ＡDMIN@SMAVS.com ")).isEqualTo("admin@smavs.com");
        assertThat(CredentialPolicy.normaliseEmail("ﬁona@uni.test")).isEqualTo("fiona@uni.test");
    }

    @Test
    void caseFoldingDoesNotDependOnTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertThat(CredentialPolicy.normaliseEmail("IRIS@UNI.TEST")).isEqualTo("iris@uni.test");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void lookAlikeLettersFromOtherScriptsAreRefused() {
        assertThat(emailErrors("\u0430dmin@smavs.com")).singleElement().asString().contains("ASCII");
        assertThat(emailErrors("admin@sm\u0430vs.com")).isNotEmpty();
        assertThat(emailErrors("ad\u200Bmin@smavs.com")).isNotEmpty();
    }

    @Test
    void ordinaryAddressesPass() {
        assertThat(emailErrors("a.student+cs101@uni.example.edu")).isEmpty();
        assertThat(emailErrors("ＡDMIN@SMAVS.com")).isEmpty();
    }

    private static List<FieldError> emailErrors(String email) {
        List<FieldError> errors = new ArrayList<>();
        CredentialPolicy.checkEmail(email, errors);
        return errors;
    }
}
