package org.smavs.server.face;

/** The uploaded bytes are not a JPEG or PNG image that can be decoded. */
public class UnreadableImageException extends RuntimeException {
    public UnreadableImageException(String message) {
        super(message);
    }

    public UnreadableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
