package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;

/**
 * Where camera pictures come from. Two real implementations: the webcam, and a folder of image files
 * (tests, demos, and kiosks whose camera is fed by another program).
 */
public interface FrameSource extends AutoCloseable {

    /** Opens the device. @throws CameraUnavailableException with a message a person can act on */
    void open();

    /** The next picture; may block for up to one frame interval. */
    BufferedImage grab();

    /** A short human description, e.g. the camera's name. */
    String describe();

    @Override
    void close();
}
