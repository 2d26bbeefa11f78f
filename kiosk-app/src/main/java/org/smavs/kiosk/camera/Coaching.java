package org.smavs.kiosk.camera;

/** What the framing overlay tells the person in front of the camera; {@link #OK} turns the oval green. */
public enum Coaching {
    OK(""),
    MORE_LIGHT("More light, please"),
    FACE_CAMERA("Face the camera"),
    ONE_PERSON("One person at a time"),
    MOVE_CLOSER("Move closer"),
    MOVE_BACK("Move back a little"),
    INTO_OVAL("Move your face into the oval");

    private final String message;

    Coaching(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
