package org.smavs.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void accentsCaseAndPunctuationDoNotKeepAPersonFromBeingFound() {
        assertThat(SearchText.matches("chloe", "Chloé Dubois")).isTrue();
        assertThat(SearchText.matches("oconnor", "Seán O'Connor")).isTrue();
        assertThat(SearchText.matches("sean o connor", "Seán O'Connor")).isTrue();
        assertThat(SearchText.matches("MULLER", "Jürgen Müller")).isTrue();
        assertThat(SearchText.matches("s 1001", null, "S1001")).isTrue();
        assertThat(SearchText.matches("'", "anyone")).as("punctuation alone matches all").isTrue();
        assertThat(SearchText.matches("zoe", "Chloé Dubois")).isFalse();
    }
}
