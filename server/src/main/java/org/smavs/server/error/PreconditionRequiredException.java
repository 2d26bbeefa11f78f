package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 428. */
public class PreconditionRequiredException extends DomainException {
    public PreconditionRequiredException(String message) {
        super(428, ErrorCodes.CONSENT_REQUIRED, message);
    }

    public PreconditionRequiredException(String code, String message) {
        super(428, code, message);
    }
}
