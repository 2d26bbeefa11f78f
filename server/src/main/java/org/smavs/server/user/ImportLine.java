package org.smavs.server.user;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.smavs.model.error.FieldError;

/** One line of a student CSV import. */
record ImportLine(String email, String fullName, String studentNumber, String courseCode, String password, String pin,
                  String passwordHash) {

    static ImportLine of(CSVRecord record) {
        return new ImportLine(value(record, "email"), value(record, "full_name"), value(record, "student_number"),
                value(record, "course_code"), value(record, "password"), value(record, "pin"),
                value(record, "password_hash"));
    }

    List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        CredentialPolicy.checkEmail(email, errors);
        CredentialPolicy.checkName(fullName, errors);
        CredentialPolicy.checkStudentNumber(studentNumber, errors);
        CredentialPolicy.checkPin(pin, errors);
        if (password != null) {
            CredentialPolicy.checkPassword(password, errors);
        }
        if (passwordHash != null && password != null) {
            errors.add(new FieldError("password_hash", "give a password or a password_hash, not both"));
        } else if (passwordHash != null && !org.smavs.server.crypto.PasswordHasher.isAcceptedHash(passwordHash)) {
            errors.add(new FieldError("password_hash", "must be a pbkdf2_sha256 hash in Passlib's format (the seed "
                    + "backend's) or an argon2id hash"));
        }
        return errors;
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column).trim();
        return value.isEmpty() ? null : value;
    }
}
