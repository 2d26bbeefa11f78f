package org.smavs.kiosk;

import java.nio.file.Path;
import java.util.List;

/**
 * Command line of the kiosk:
 * {@code [--data-dir DIR] [--demo-camera DIR] [--camera default|opencv:INDEX|mjpeg:URL] [--server URL] [--windowed]
 * [--window-size WxH]}. {@code --camera opencv:0} reads camera 0 through OpenCV instead of webcam-capture's
 * default driver; {@code --camera mjpeg:http://…} uses a network camera that streams MJPEG over HTTP (many
 * classroom cameras do) instead of the USB webcam.
 */
public record KioskOptions(Path dataDir, Path demoCameraDir, String serverUrl, boolean windowed, int width,
                           int height, String camera) {
    public static final String DEFAULT_CAMERA = "default";
    public static final String MJPEG_PREFIX = "mjpeg:";
    public static final String OPENCV_PREFIX = "opencv:";

    public KioskOptions(Path dataDir, Path demoCameraDir, String serverUrl, boolean windowed, int width, int height) {
        this(dataDir, demoCameraDir, serverUrl, windowed, width, height, DEFAULT_CAMERA);
    }

    /** The network camera's stream address, or null for the USB webcam. */
    public String mjpegUrl() {
        return camera.startsWith(MJPEG_PREFIX) ? camera.substring(MJPEG_PREFIX.length()) : null;
    }

    /** The camera number to open through OpenCV, or null when another driver is chosen. */
    public Integer openCvCameraIndex() {
        return camera.startsWith(OPENCV_PREFIX) ? Integer.valueOf(camera.substring(OPENCV_PREFIX.length())) : null;
    }

    public static KioskOptions parse(List<String> args, Path home) {
        Path dataDir = home.resolve(".smavs-kiosk");
        Path demo = null;
        String server = "";
        boolean windowed = false;
        String camera = DEFAULT_CAMERA;
        int width = 1280;
        int height = 800;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                case "--demo-camera" -> demo = Path.of(value(args, ++i, arg));
                case "--server" -> server = value(args, ++i, arg);
                case "--camera" -> {
                    camera = value(args, ++i, arg);
                    if (!camera.equals(DEFAULT_CAMERA) && !camera.matches("mjpeg:https?://.+")
                            && !camera.matches("opencv:[0-9]{1,2}")) {
                        throw new IllegalArgumentException(
                                "--camera expects 'default', 'opencv:0' (camera number) or 'mjpeg:http://camera/stream'");
                    }
                }
                case "--windowed" -> windowed = true;
                case "--window-size" -> {
                    String[] parts = value(args, ++i, arg).split("x");
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("--window-size expects WIDTHxHEIGHT, e.g. 1024x768");
                    }
                    width = Integer.parseInt(parts[0]);
                    height = Integer.parseInt(parts[1]);
                    windowed = true;
                }
                default -> throw new IllegalArgumentException("Unknown option " + arg
                        + " (known: --data-dir, --demo-camera, --camera, --server, --windowed, --window-size)");
            }
        }
        return new KioskOptions(dataDir, demo, server, windowed, width, height, camera);
    }

    private static String value(List<String> args, int index, String option) {
        if (index >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index);
    }
}
