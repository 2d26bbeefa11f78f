package org.smavs.kiosk.enrol;

import java.util.Locale;
import java.util.Optional;

/**
 * The shape of the one-time code an administrator gets under Admin → Rooms & kiosks: ten characters from the
 * server's readable alphabet (no 0, 1, I, L or O), shown as XXXXX-XXXXX. The server ignores case, spaces and
 * dashes, so the kiosk does too; it only catches what cannot be a code before a round trip (and before it uses up
 * one of the server's enrolment attempts for this address).
 */
public final class EnrolmentCode {
    /** The server's {@code RandomTokens} alphabet; a code contains nothing else. */
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    static final int LENGTH = 10;
    public static final String EXAMPLE = "K7QF2-9XDMP";
    public static final String FORMAT_HINT = "10 letters and digits, like " + EXAMPLE;

    private EnrolmentCode() {
    }

    /** The code as the server shows it (XXXXX-XXXXX), or empty when what was typed cannot be one. */
    public static Optional<String> parse(String typed) {
        String bare = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (bare.length() != LENGTH || !bare.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(bare.substring(0, 5) + "-" + bare.substring(5));
    }

    /** Why {@code typed} cannot be a code, in words a person at the kiosk can act on. */
    static String problem(String typed) {
        String bare = typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (bare.chars().anyMatch(c -> "01ILO".indexOf(c) >= 0)) {
            return "An enrolment code has no 0, 1, I, L or O. Check the code the administrator gave you (it looks like "
                    + EXAMPLE + ").";
        }
        if (bare.length() == LENGTH) {
            return "An enrolment code has only letters and digits, like " + EXAMPLE + ".";
        }
        return "An enrolment code has " + FORMAT_HINT + "; this one has " + bare.length()
                + (bare.length() == 1 ? " character." : " characters.");
    }
}
