package org.smavs.model.error;

import java.util.List;

/** The body of every non-2xx response. {@code detail} is what the seed's FastAPI returned. */
public record ApiError(String detail, String code, String requestId, List<FieldError> errors) {
    public ApiError {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }
}
