package org.smavs.kiosk.checkin;

import org.smavs.kiosk.camera.CameraUnavailableException;
import org.smavs.kiosk.camera.Coaching;
import org.smavs.kiosk.shell.ServerErrors;
import org.smavs.model.kiosk.Challenge;

/** The words a student reads at each step; kept together so they stay consistent. */
final class CheckInMessages {
    /**
     * Not "saved" or "recorded": nothing is decided until the server has checked the pictures, and it may still
     * refuse the check-in (a wrong PIN cannot be noticed offline).
     */
    static final String SAVED_OFFLINE_HEADLINE = "Not checked yet";

    private CheckInMessages() {
    }

    static String instruction(Challenge challenge) {
        if (challenge == null) {
            return "Look at the camera";
        }
        return switch (challenge) {
            case BLINK -> "Blink twice";
            case TURN_LEFT -> "Turn your head to the left";
            case TURN_RIGHT -> "Turn your head to the right";
        };
    }

    static String headline(CheckInStage stage, Challenge challenge) {
        return switch (stage) {
            case READY -> "Check in here";
            case ENTERING_NUMBER -> "Student number and PIN";
            case IDENTIFYING -> "One moment…";
            case PREPARING, CAPTURING -> instruction(challenge);
            case VERIFYING -> "Checking…";
            case RESULT -> "";
            case SAVED_OFFLINE -> SAVED_OFFLINE_HEADLINE;
            case FAILED -> "Check-in not completed";
        };
    }

    static String detail(CheckInStage stage) {
        return switch (stage) {
            case READY -> "Hold your phone's check-in pass up to the camera, or use your student number";
            case ENTERING_NUMBER -> "Type your student number and your PIN, then press Check in";
            case IDENTIFYING -> "Finding you in the class list";
            case PREPARING -> "Look at the camera, face inside the oval";
            case CAPTURING -> "Now! Keep your face inside the oval";
            case VERIFYING -> "Verifying your face and the challenge";
            case RESULT -> "";
            case SAVED_OFFLINE -> "The server cannot be reached. Your check-in is kept on this kiosk and will be"
                    + " checked when the connection is back.";
            case FAILED -> "";
        };
    }

    /** Waiting after the countdown: the advice itself is on the picture; this says why nothing happens yet. */
    static String waitingForFraming(Coaching framing) {
        return framing.message() + " — the pictures are taken once the camera sees one face clearly.";
    }

    /** The burst was taken after the framing wait ran out: say what was wrong, the server may still see the face. */
    static String takenAnyway(Coaching framing) {
        return "Pictures taken anyway — the camera could not see one face clearly (" + framing.message() + ").";
    }

    static String explain(Throwable error) {
        if (error instanceof CameraUnavailableException camera) {
            return camera.getMessage() + ". Please try again or see your lecturer.";
        }
        int status = ServerErrors.status(error);
        if (status == 404 || status == 401 || status == 403) {
            return ServerErrors.message(error, "You were not recognised. Check your student number and PIN.");
        }
        if (status == 409) {
            return ServerErrors.message(error, "You have already checked in for this class.");
        }
        if (status >= 400 && status < 500) {
            return ServerErrors.message(error, "The check-in was refused. Please see your lecturer.");
        }
        return "Something went wrong on our side. Please try again or see your lecturer.";
    }
}
