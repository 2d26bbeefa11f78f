package org.smavs.kiosk.camera;

import com.github.sarxos.webcam.Webcam;
import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A camera through sarxos webcam-capture, the kiosk's one camera API. Three drivers behind it: the library's default
 * (BridJ; V4L2 on Linux, needs the system library libv4l-0), OpenCV's {@code VideoCapture}
 * ({@link OpenCvWebcamDriver}), and the IP-camera driver for network cameras streaming MJPEG over HTTP.
 * The library keeps its driver process-wide; a kiosk runs one camera, so each open sets the driver it needs.
 */
public final class WebcamFrameSource implements FrameSource {
    private static final Logger LOG = LoggerFactory.getLogger(WebcamFrameSource.class);
    private static final Dimension PREFERRED = new Dimension(640, 480);
    private static final long FIND_SECONDS = 5;

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

    /**
     * The USB webcam through the default driver, or through OpenCV when the default driver finds none or cannot
     * start (BridJ has no natives for newer platforms). Tried in that order on every open, so a camera plugged
     * in later is found by whichever driver sees it.
     */
    public static WebcamFrameSource usbCamera() {
        return new WebcamFrameSource(new Finder() {
            /** BridJ that failed to load fails the same way every time, noisily (its own stack trace on stderr). */
            private boolean defaultDriverBroken;

            @Override
            public Webcam find() throws TimeoutException {
                Webcam found = null;
                if (!defaultDriverBroken) {
                    try {
                        found = fromDefaultDriver();
                    } catch (RuntimeException | LinkageError e) {
                        defaultDriverBroken = true;
                        LOG.info("The default camera driver cannot start ({}); using OpenCV", rootMessage(e));
                    }
                }
                if (found != null) {
                    return found;
                }
                found = withDriver(OpenCvWebcamDriver.anyCamera());
                if (found == null) {
                    throw new CameraUnavailableException("No camera is connected (neither the system camera driver"
                            + " nor OpenCV found one)");
                }
                return found;
            }
        });
    }

    /** A camera read through OpenCV only ({@code --camera opencv:<index>}), or a video file played as one. */
    public static WebcamFrameSource openCv(OpenCvWebcamDriver driver) {
        return new WebcamFrameSource(() -> withDriver(driver));
    }

    /** @throws RuntimeException or LinkageError when BridJ cannot load (on Linux: libv4l-0 missing) */
    private static Webcam fromDefaultDriver() throws TimeoutException {
        Webcam.resetDriver();
        return Webcam.getDefault(FIND_SECONDS, TimeUnit.SECONDS);
    }

    private static Webcam withDriver(WebcamDriver driver) throws TimeoutException {
        Webcam.setDriver(driver);
        return Webcam.getDefault(FIND_SECONDS, TimeUnit.SECONDS);
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
            throw new CameraUnavailableException("The camera could not be opened: " + rootMessage(e), e);
        }
        if (!opened) {
            throw new CameraUnavailableException("The camera is in use by another program");
        }
    }

    /** webcam-capture wraps a driver's own words in "Cannot execute task" and execution exceptions. */
    static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
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
