package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 415. */
public class UnsupportedMediaException extends DomainException {
    public UnsupportedMediaException(String message) {
        super(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE, message);
    }

    public UnsupportedMediaException(String code, String message) {
        super(415, code, message);
    }
}
