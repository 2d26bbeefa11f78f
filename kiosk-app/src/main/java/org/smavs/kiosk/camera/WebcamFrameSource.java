package org.smavs.kiosk.camera;

import com.github.sarxos.webcam.Webcam;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The default webcam through sarxos webcam-capture (V4L2 on Linux; needs the system library libv4l-0). */
public final class WebcamFrameSource implements FrameSource {
    private static final Dimension PREFERRED = new Dimension(640, 480);

    private Webcam webcam;

    @Override
    public void open() {
        try {
            webcam = Webcam.getDefault(5, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new CameraUnavailableException("The camera did not answer in time", e);
        } catch (RuntimeException | LinkageError e) {
            // BridJ throws UnsatisfiedLinkError-like errors when libv4l is missing
            throw new CameraUnavailableException("The camera driver could not start", e);
        }
        if (webcam == null) {
            throw new CameraUnavailableException("No camera is connected");
        }
        for (Dimension size : webcam.getViewSizes()) {
            if (size.equals(PREFERRED)) {
                webcam.setViewSize(PREFERRED);
            }
        }
        if (!webcam.open()) {
            throw new CameraUnavailableException("The camera is in use by another program");
        }
    }

    @Override
    public BufferedImage grab() {
        BufferedImage image = webcam == null ? null : webcam.getImage();
        if (image == null) {
            throw new CameraUnavailableException("The camera stopped sending pictures");
        }
        return image;
    }

    @Override
    public String describe() {
        return webcam == null ? "webcam" : webcam.getName();
    }

    @Override
    public void close() {
        if (webcam != null) {
            webcam.close();
        }
    }
}
