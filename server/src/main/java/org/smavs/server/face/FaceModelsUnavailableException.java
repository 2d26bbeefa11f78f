package org.smavs.server.face;

/** The model directory is missing, incomplete or unreadable; the message names the directory and file. */
public class FaceModelsUnavailableException extends RuntimeException {
    public FaceModelsUnavailableException(String message) {
        super(message);
    }

    public FaceModelsUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
