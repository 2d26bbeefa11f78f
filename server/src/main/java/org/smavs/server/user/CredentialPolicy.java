package org.smavs.server.user;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.smavs.model.error.FieldError;

/** What makes an acceptable email, password, name, student number and PIN. Pure. */
public final class CredentialPolicy {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern ASCII_PRINTABLE = Pattern.compile("^[\\x21-\\x7E]+$");
    private static final Pattern STUDENT_NUMBER = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");
    private static final Pattern PIN = Pattern.compile("^[0-9]{4,8}$");
    public static final int MIN_PASSWORD = 8;
    public static final int MAX_PASSWORD = 256;

    private CredentialPolicy() {
    }

    public static List<FieldError> checkNewAccount(String email, String password, String fullName) {
        List<FieldError> errors = new ArrayList<>();
        checkEmail(email, errors);
        checkPassword(password, errors);
        checkName(fullName, errors);
        return errors;
    }

    /**
     * The one spelling of an address used for storage, look-up and sign-in throttling: NFKC folds full-width and
     * other compatibility forms ("ａdmin" → "admin"), then lower case in the root locale (a Turkish default locale
     * must not turn "I" into a dotless "ı").
     */
    public static String normaliseEmail(String email) {
        return email == null ? null : Normalizer.normalize(email, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * University addresses are ASCII. Refusing anything else after NFKC closes look-alike accounts: "аdmin" with
     * a Cyrillic "а" looks like "admin" on a roster or in the audit log but is a different account.
     */
    public static void checkEmail(String email, List<FieldError> errors) {
        String normalised = normaliseEmail(email);
        if (normalised == null || normalised.isEmpty()) {
            errors.add(new FieldError("email", "is required"));
        } else if (normalised.length() > 320 || !EMAIL.matcher(normalised).matches()) {
            errors.add(new FieldError("email", "is not a valid email address"));
        } else if (!ASCII_PRINTABLE.matcher(normalised).matches()) {
            errors.add(new FieldError("email", "must be written in plain ASCII letters, digits and punctuation, "
                    + "as the university issued it"));
        }
    }

    public static void checkPassword(String password, List<FieldError> errors) {
        if (password == null || password.isEmpty()) {
            errors.add(new FieldError("password", "is required"));
        } else if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
            errors.add(new FieldError("password", "must be " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters long"));
        }
    }

    public static void checkName(String fullName, List<FieldError> errors) {
        if (fullName == null || fullName.isBlank()) {
            errors.add(new FieldError("full_name", "is required"));
        } else if (fullName.length() > 200) {
            errors.add(new FieldError("full_name", "must be at most 200 characters"));
        }
    }

    public static void checkStudentNumber(String number, List<FieldError> errors) {
        if (number != null && !STUDENT_NUMBER.matcher(number).matches()) {
            errors.add(new FieldError("student_number", "may only contain letters, digits, '.', '_' and '-'"));
        }
    }

    public static void checkPin(String pin, List<FieldError> errors) {
        if (pin != null && !PIN.matcher(pin).matches()) {
            errors.add(new FieldError("pin", "must be 4 to 8 digits"));
        }
    }
}
