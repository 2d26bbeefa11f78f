package org.smavs.server.error;

import java.util.List;
import org.smavs.model.error.FieldError;

/**
 * Base of the exceptions services throw. Carries the HTTP status it stands for so that
 * {@code http.ErrorMapping} stays the only place that writes error responses, without services
 * importing anything from the web layer.
 */
public class DomainException extends RuntimeException {
    private final int status;
    private final String code;
    private final List<FieldError> fieldErrors;

    public DomainException(int status, String code, String message) {
        this(status, code, message, List.of());
    }

    public DomainException(int status, String code, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
