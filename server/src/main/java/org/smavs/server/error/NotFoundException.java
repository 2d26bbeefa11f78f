package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 404. */
public class NotFoundException extends DomainException {
    public NotFoundException(String message) {
        super(404, ErrorCodes.NOT_FOUND, message);
    }

    public NotFoundException(String code, String message) {
        super(404, code, message);
    }
}
