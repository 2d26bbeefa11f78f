package org.smavs.kiosk.camera;

import static org.bytedeco.opencv.global.opencv_videoio.CAP_ANY;

import com.github.sarxos.webcam.WebcamDevice;
import com.github.sarxos.webcam.WebcamDriver;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bytedeco.opencv.opencv_videoio.VideoCapture;

/**
 * webcam-capture driver backed by OpenCV's {@code VideoCapture}: the kiosk's second capture path next to the
 * library's default (BridJ) driver, which is unmaintained since 2019. Going through webcam-capture keeps one
 * camera API in the kiosk ({@link WebcamFrameSource}); only the driver differs.
 */
public final class OpenCvWebcamDriver implements WebcamDriver {
    /** Camera numbers tried when looking for "any" camera; more are rare on a kiosk and each costs a probe. */
    static final int PROBED_CAMERAS = 3;

    private final Supplier<List<WebcamDevice>> devices;

    private OpenCvWebcamDriver(Supplier<List<WebcamDevice>> devices) {
        this.devices = devices;
    }

    /** Exactly camera {@code index}, chosen by the operator; not probed, so opening it says if it is missing. */
    public static OpenCvWebcamDriver camera(int index) {
        return new OpenCvWebcamDriver(() -> List.of(OpenCvWebcamDevice.camera(index)));
    }

    /** Whichever of the first few camera numbers OpenCV can open (the fallback when BridJ finds none). */
    public static OpenCvWebcamDriver anyCamera() {
        return new OpenCvWebcamDriver(OpenCvWebcamDriver::probe);
    }

    public static OpenCvWebcamDriver videoFile(Path file) {
        return new OpenCvWebcamDriver(() -> List.of(OpenCvWebcamDevice.videoFile(file)));
    }

    @Override
    public List<WebcamDevice> getDevices() {
        return devices.get();
    }

    /** OpenCV cannot list cameras, so each number is opened once and released. */
    private static List<WebcamDevice> probe() {
        List<WebcamDevice> found = new ArrayList<>();
        for (int index = 0; index < PROBED_CAMERAS; index++) {
            if (OpenCvWebcamDevice.knownMissing(index)) {
                continue;
            }
            try (VideoCapture capture = new VideoCapture()) {
                if (capture.open(index, CAP_ANY) && capture.isOpened()) {
                    found.add(OpenCvWebcamDevice.camera(index));
                }
                capture.release();
            }
        }
        return found;
    }

    /** Calls come through the library's one processor thread; a capture must not be read from two at once. */
    @Override
    public boolean isThreadSafe() {
        return false;
    }

    @Override
    public String toString() {
        return "OpenCV VideoCapture";
    }
}
