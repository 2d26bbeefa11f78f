package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;
import org.slf4j.LoggerFactory;

/**
 * Judges one camera picture for the framing overlay. Two real implementations: face framing with OpenCV's Haar
 * cascade ({@link HaarFramingCoach}), and brightness only ({@link BrightnessCoach}) where OpenCV cannot load.
 * Called from one thread at a time (the camera service's guidance thread).
 */
public interface FrameCoach {

    Coaching assess(BufferedImage image);

    /**
     * Face framing when OpenCV's natives load on this machine, else brightness only (logged once). OpenCV is kept to
     * one worker thread: on a two-core kiosk the second core belongs to the camera and the UI.
     */
    static FrameCoach forKiosk() {
        try {
            org.bytedeco.opencv.global.opencv_core.setNumThreads(1);
            return HaarFramingCoach.load();
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(FrameCoach.class).warn("Face framing guidance is off, OpenCV did not load ({});"
                    + " the kiosk coaches on brightness only", e.toString());
            return new BrightnessCoach();
        }
    }
}
