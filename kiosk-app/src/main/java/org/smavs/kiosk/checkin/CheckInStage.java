package org.smavs.kiosk.checkin;

public enum CheckInStage {
    /** Waiting for a pass in front of the camera or a tap on "student number". */
    READY,
    ENTERING_NUMBER,
    IDENTIFYING,
    /** Instruction shown, counting down to the burst. */
    PREPARING,
    CAPTURING,
    VERIFYING,
    RESULT,
    SAVED_OFFLINE,
    FAILED
}
