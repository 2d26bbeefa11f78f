package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 401. */
public class UnauthorizedException extends DomainException {
    public UnauthorizedException(String message) {
        super(401, ErrorCodes.NOT_AUTHENTICATED, message);
    }

    public UnauthorizedException(String code, String message) {
        super(401, code, message);
    }
}
