package org.smavs.kiosk.camera;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.ds.ipcam.IpCamDevice;
import com.github.sarxos.webcam.ds.ipcam.IpCamDriver;
import com.github.sarxos.webcam.ds.ipcam.IpCamMode;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A camera through sarxos webcam-capture: the default USB webcam (V4L2 on Linux; needs the system library
 * libv4l-0), or a network camera streaming MJPEG over HTTP through the library's IP-camera device.
 */
public final class WebcamFrameSource implements FrameSource {
    private static final Dimension PREFERRED = new Dimension(640, 480);

    /** Finds the camera when the kiosk opens it (a USB camera may be plugged in after start). */
    @FunctionalInterface
    private interface Finder {
        Webcam find() throws TimeoutException;
    }

    private final Finder finder;
    private Webcam webcam;

    private WebcamFrameSource(Finder finder) {
        this.finder = finder;
    }

    public static WebcamFrameSource usbCamera() {
        return new WebcamFrameSource(() -> Webcam.getDefault(5, TimeUnit.SECONDS));
    }

    /**
     * A network camera at {@code mjpegUrl} (multipart/x-mixed-replace JPEG frames), read by webcam-capture's own
     * IP-camera driver and device. The library keeps its driver process-wide; a kiosk runs one camera, chosen on
     * its command line, so installing the IP-camera driver here affects nothing else.
     */
    public static WebcamFrameSource networkCamera(String mjpegUrl) {
        return new WebcamFrameSource(() -> {
            requireStream(mjpegUrl);
            Webcam.setDriver(new IpCamDriver());
            try {
                return new NetworkWebcam(new IpCamDevice("Network camera " + mjpegUrl, mjpegUrl, IpCamMode.PUSH));
            } catch (MalformedURLException e) {
                throw new CameraUnavailableException("The network camera address is not a valid URL: " + mjpegUrl, e);
            }
        });
    }

    /**
     * The library waits for the first picture for ever when the camera is off or the address is wrong; asking
     * first, with a time limit, turns that into a sentence on the kiosk's screen.
     */
    private static void requireStream(String mjpegUrl) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        try {
            HttpResponse<InputStream> answer = client.send(HttpRequest.newBuilder(URI.create(mjpegUrl))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
            answer.body().close(); // the headers are all this needs; the stream itself is the library's
            String type = answer.headers().firstValue("Content-Type").orElse("");
            if (answer.statusCode() != 200 || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
                throw new CameraUnavailableException("The network camera at " + mjpegUrl + " does not send an MJPEG "
                        + "stream (HTTP " + answer.statusCode() + ", " + (type.isEmpty() ? "no content type" : type) + ")");
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new CameraUnavailableException("The network camera at " + mjpegUrl + " cannot be reached: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraUnavailableException("Interrupted while reaching the network camera", e);
        }
    }

    /** Webcam's constructor is protected: the library expects drivers to make its instances. */
    private static final class NetworkWebcam extends Webcam {
        NetworkWebcam(WebcamDevice device) {
            super(device);
        }
    }

    @Override
    public void open() {
        try {
            webcam = finder.find();
        } catch (TimeoutException e) {
            throw new CameraUnavailableException("The camera did not answer in time", e);
        } catch (CameraUnavailableException e) {
            throw e;
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
        boolean opened;
        try {
            opened = webcam.open();
        } catch (RuntimeException e) {
            // the network camera's stream cannot be reached (address, network, camera switched off)
            throw new CameraUnavailableException("The camera could not be opened: " + e.getMessage(), e);
        }
        if (!opened) {
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
