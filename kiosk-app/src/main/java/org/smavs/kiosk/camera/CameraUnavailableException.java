package org.smavs.kiosk.camera;

/** The camera is missing, busy or broken; the message is shown to people as is. */
public class CameraUnavailableException extends RuntimeException {
    public CameraUnavailableException(String message) {
        super(message);
    }

    public CameraUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
