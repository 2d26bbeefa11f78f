package org.smavs.kiosk.camera;

/** What the framing overlay tells the person in front of the camera. */
public enum Coaching {
    OK(""),
    MORE_LIGHT("More light, please"),
    MOVE_CLOSER("Move closer"),
    ONE_PERSON("One person at a time"),
    NO_FACE("Look at the camera");

    private final String message;

    Coaching(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
