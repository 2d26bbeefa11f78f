package org.smavs.server.error;

import org.smavs.model.error.ErrorCodes;

/** HTTP 413. */
public class PayloadTooLargeException extends DomainException {
    public PayloadTooLargeException(String message) {
        super(413, ErrorCodes.PAYLOAD_TOO_LARGE, message);
    }

    public PayloadTooLargeException(String code, String message) {
        super(413, code, message);
    }
}
