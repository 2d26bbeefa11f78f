package org.smavs.server.face;

/** The analysis queue is full: the caller should answer "try again shortly" (e.g. 503) rather than wait. */
public class FaceEngineBusyException extends RuntimeException {
    public FaceEngineBusyException(String message) {
        super(message);
    }
}
