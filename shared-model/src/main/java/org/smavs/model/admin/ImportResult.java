package org.smavs.model.admin;

import java.util.List;

public record ImportResult(int created, int enrolled, int skipped, List<ImportLineError> errors) {
    public ImportResult {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
