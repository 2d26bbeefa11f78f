package org.smavs.desktop.shell;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How searches compare text: without accents, case, spaces or punctuation, so "chloe" finds Chloé, "oconnor"
 * finds O'Connor and "s 1001" finds S1001.
 */
public final class SearchText {
    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    /** True when {@code query} is blank (or only punctuation) or found in any of {@code values}, folded. */
    public static boolean matches(String query, String... values) {
        String needle = fold(query);
        if (needle.isEmpty()) {
            return true;
        }
        for (String value : values) {
            if (fold(value).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
