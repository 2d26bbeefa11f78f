package org.smavs.kiosk.shell;

/** Style-class names used from code; the look itself lives in kiosk.css. */
public final class Styles {
    public static final String STYLESHEET = "/org/smavs/kiosk/kiosk.css";

    public static final String MUTED = "muted";
    public static final String PANEL = "panel";
    public static final String TITLE_XL = "title-xl";
    public static final String TITLE_L = "title-l";
    public static final String TITLE_M = "title-m";
    public static final String TEXT_L = "text-l";
    public static final String TEXT_S = "text-s";
    public static final String BIG_NUMBER = "big-number";
    public static final String SESSION_CODE = "session-code";
    public static final String QR_FRAME = "qr-frame";
    public static final String PRIMARY = "primary";
    public static final String KEYPAD = "keypad";
    public static final String MESSAGE = "message";
    public static final String CAMERA_BOX = "camera-box";
    public static final String CAMERA_MISSING = "camera-missing";
    public static final String COACHING = "coaching";
    public static final String FACE_OVAL = "face-oval";
    /** On the oval while the framing guidance calls the picture good. */
    public static final String FACE_OVAL_GOOD = "good";
    public static final String CHALLENGE_BANNER = "challenge-banner";
    public static final String COUNTDOWN = "countdown";
    public static final String RESULT = "result";
    public static final String RESULT_CARD = "result-card";
    public static final String RESULT_MARK = "result-mark";
    public static final String STATUS_BAR = "status-bar";
    public static final String STATUS_DOT = "status-dot";
    public static final String STATUS_CAMERA = "status-camera";
    public static final String STATUS_REFUSED = "status-refused";
    public static final String IDLE_CLOCK = "idle-clock";

    private Styles() {
    }

    /** Sets exactly one of {@code choices} on the node's style classes. */
    public static void choose(javafx.scene.Node node, String chosen, String... choices) {
        node.getStyleClass().removeAll(choices);
        if (chosen != null) {
            node.getStyleClass().add(chosen);
        }
    }
}
