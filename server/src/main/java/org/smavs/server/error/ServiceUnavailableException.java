package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 503. */
public class ServiceUnavailableException extends DomainException {
    public ServiceUnavailableException(String message) {
        super(503, ErrorCodes.SERVICE_UNAVAILABLE, message);
    }

    public ServiceUnavailableException(String code, String message) {
        super(503, code, message);
    }
}
