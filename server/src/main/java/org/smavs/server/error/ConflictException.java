package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 409. */
public class ConflictException extends DomainException {
    public ConflictException(String message) {
        super(409, ErrorCodes.CONFLICT, message);
    }

    public ConflictException(String code, String message) {
        super(409, code, message);
    }
}
