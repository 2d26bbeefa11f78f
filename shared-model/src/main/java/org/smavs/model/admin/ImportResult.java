package org.smavs.model.admin;

import java.util.List;

/**
 * What a CSV import did. {@code conflicts}: lines that were imported but took a student number away from a
 * self-registered account that had claimed it (the admin should look at that account). {@code invited}: new
 * students without a password who were mailed an invitation to choose one (0 while mail is not configured).
 */
public record ImportResult(int created, int enrolled, int skipped, List<ImportLineError> errors,
                           List<ImportLineError> conflicts, int invited) {
    public ImportResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
        conflicts = conflicts == null ? List.of() : List.copyOf(conflicts);
    }

    public ImportResult(int created, int enrolled, int skipped, List<ImportLineError> errors,
                        List<ImportLineError> conflicts) {
        this(created, enrolled, skipped, errors, conflicts, 0);
    }

    public ImportResult(int created, int enrolled, int skipped, List<ImportLineError> errors) {
        this(created, enrolled, skipped, errors, List.of(), 0);
    }
}
