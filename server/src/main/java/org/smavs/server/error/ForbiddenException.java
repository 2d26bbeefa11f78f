package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 403. */
public class ForbiddenException extends DomainException {
    public ForbiddenException(String message) {
        super(403, ErrorCodes.FORBIDDEN, message);
    }

    public ForbiddenException(String code, String message) {
        super(403, code, message);
    }
}
