package org.smavs.server.error;

import java.util.List;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;

/** A request whose fields are missing or out of range (422) or cannot be read at all (400). */
public class ValidationException extends DomainException {
    public ValidationException(List<FieldError> errors) {
        super(422, ErrorCodes.VALIDATION_FAILED, describe(errors), errors);
    }

    public ValidationException(int status, String code, String message, List<FieldError> errors) {
        super(status, code, message, errors);
    }

    public static ValidationException malformed(String message, List<FieldError> errors) {
        return new ValidationException(400, ErrorCodes.MALFORMED_REQUEST, message, errors);
    }

    public static ValidationException field(String field, String message) {
        return new ValidationException(List.of(new FieldError(field, message)));
    }

    private static String describe(List<FieldError> errors) {
        if (errors.size() == 1) {
            return errors.get(0).field() + ": " + errors.get(0).message();
        }
        return "The request has " + errors.size() + " invalid fields";
    }
}
