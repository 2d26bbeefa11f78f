package org.smavs.kiosk.camera;

import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_GRAY2BGR;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_videoio.CAP_ANY;
import static org.bytedeco.opencv.global.opencv_videoio.CAP_PROP_FRAME_HEIGHT;
import static org.bytedeco.opencv.global.opencv_videoio.CAP_PROP_FRAME_WIDTH;
import static org.bytedeco.opencv.global.opencv_videoio.CAP_PROP_POS_FRAMES;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Path;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_videoio.VideoCapture;

/**
 * One camera (or video file) read through OpenCV's {@link VideoCapture}, as a webcam-capture device. OpenCV picks
 * the platform's own capture API for a camera index (V4L2 on Linux, Media Foundation on Windows, AVFoundation on
 * macOS). Frames come out as {@code TYPE_3BYTE_BGR} images: OpenCV's byte order, so a frame is one bulk copy.
 * A new image per frame, because the kiosk hands frames to other threads and never reuses one it published.
 */
public final class OpenCvWebcamDevice implements WebcamDevice {
    private static final Dimension[] RESOLUTIONS = {new Dimension(640, 480), new Dimension(1280, 720)};

    private final String name;
    private final Integer index;
    private final Path file;
    private Dimension requested = RESOLUTIONS[0];
    private Dimension actual;
    private VideoCapture capture;
    private Mat frame;
    private Mat converted;

    private OpenCvWebcamDevice(String name, Integer index, Path file) {
        this.name = name;
        this.index = index;
        this.file = file;
    }

    static OpenCvWebcamDevice camera(int index) {
        return new OpenCvWebcamDevice("OpenCV camera " + index, index, null);
    }

    /** A video file played as a camera, looping at its end (demos, and the tests of the native capture path). */
    static OpenCvWebcamDevice videoFile(Path file) {
        // the library names a lock file after the device: the file name only, no path separators
        return new OpenCvWebcamDevice("OpenCV video " + file.getFileName(), null, file);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Dimension[] getResolutions() {
        return RESOLUTIONS.clone();
    }

    @Override
    public Dimension getResolution() {
        return actual != null ? actual : requested;
    }

    @Override
    public void setResolution(Dimension size) {
        requested = size;
    }

    @Override
    public synchronized void open() {
        if (capture != null) {
            return;
        }
        if (index != null && knownMissing(index)) {
            throw new WebcamException("OpenCV found no camera number " + index);
        }
        VideoCapture opened = new VideoCapture();
        boolean ok = index != null ? opened.open(index, CAP_ANY) : opened.open(file.toString(), CAP_ANY);
        if (!ok || !opened.isOpened()) {
            opened.close();
            throw new WebcamException(index != null ? "OpenCV found no camera number " + index
                    : "OpenCV cannot read the video file " + file.getFileName());
        }
        if (index != null) {
            // a request: the camera answers with the nearest size it supports
            opened.set(CAP_PROP_FRAME_WIDTH, requested.width);
            opened.set(CAP_PROP_FRAME_HEIGHT, requested.height);
        }
        capture = opened;
        frame = new Mat();
        converted = new Mat();
        actual = new Dimension((int) opened.get(CAP_PROP_FRAME_WIDTH), (int) opened.get(CAP_PROP_FRAME_HEIGHT));
    }

    /**
     * On Linux a camera number is a {@code /dev/videoN} node: without it, asking OpenCV only adds its warnings to the
     * log on every retry. Elsewhere OpenCV is asked.
     */
    static boolean knownMissing(int index) {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && !java.nio.file.Files.exists(Path.of("/dev/video" + index));
    }

    /** The next frame, or null when the camera delivers none (webcam-capture's convention). */
    @Override
    public synchronized BufferedImage getImage() {
        if (capture == null) {
            return null;
        }
        boolean read = capture.read(frame);
        if (!read && file != null) {
            capture.set(CAP_PROP_POS_FRAMES, 0);
            read = capture.read(frame);
        }
        if (!read || frame.empty()) {
            return null;
        }
        return toImage(frame);
    }

    private BufferedImage toImage(Mat mat) {
        Mat bgr = mat;
        if (mat.channels() == 1) {
            cvtColor(mat, converted, COLOR_GRAY2BGR);
            bgr = converted;
        }
        if (!bgr.isContinuous()) {
            bgr = bgr.clone();
        }
        BufferedImage image = new BufferedImage(bgr.cols(), bgr.rows(), BufferedImage.TYPE_3BYTE_BGR);
        byte[] pixels = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        bgr.data().get(pixels);
        actual = new Dimension(bgr.cols(), bgr.rows());
        return image;
    }

    @Override
    public synchronized void close() {
        if (capture != null) {
            capture.release();
            capture.close();
            frame.close();
            converted.close();
            capture = null;
        }
    }

    @Override
    public void dispose() {
        close();
    }

    @Override
    public synchronized boolean isOpen() {
        return capture != null;
    }
}
