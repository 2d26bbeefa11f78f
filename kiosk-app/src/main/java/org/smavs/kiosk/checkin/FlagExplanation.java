package org.smavs.kiosk.checkin;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;

/**
 * The one line a student reads under a check-in that was not simply "present": the server may give several reason
 * codes, but a student at a kiosk has seconds, so only the most important one is named.
 */
public final class FlagExplanation {
    /**
     * Most important first: doubts about who the person is come before doubts about the phone, the place or the
     * time, because those are what the lecturer will ask about. A code added to the model later needs a place here
     * (FlagExplanationTest checks) and a clause below (the switch does not compile without one).
     */
    static final List<ReasonCode> PRIORITY = List.of(
            ReasonCode.FACE_MISMATCH, ReasonCode.DUPLICATE_FACE_IN_SESSION, ReasonCode.LIVENESS_FAILED,
            ReasonCode.CHALLENGE_FAILED, ReasonCode.MULTIPLE_FACES, ReasonCode.NO_FACE, ReasonCode.FACE_NOT_ENROLLED,
            ReasonCode.NOT_ENROLLED, ReasonCode.DEVICE_SHARED, ReasonCode.DEVICE_MISMATCH,
            ReasonCode.DEVICE_NOT_VERIFIED, ReasonCode.DEVICE_NOT_BOUND, ReasonCode.NEW_DEVICE,
            ReasonCode.OUTSIDE_GEOFENCE, ReasonCode.LOW_GPS_ACCURACY, ReasonCode.QR_EXPIRED_GRACE,
            ReasonCode.FACE_UNAVAILABLE, ReasonCode.OFFLINE_CAPTURE, ReasonCode.LATE);

    private FlagExplanation() {
    }

    /** "You are marked present", or who decides and the main reason, e.g. "Your lecturer will check this: …". */
    public static String sentence(AttendanceStatus status, Collection<ReasonCode> flags) {
        if (status == AttendanceStatus.PRESENT) {
            return flags.contains(ReasonCode.LATE) ? "You are marked present, but late" : "You are marked present";
        }
        String opening = status == AttendanceStatus.REJECTED ? "Not accepted — please see your lecturer"
                : "Your lecturer will check this";
        return mainReason(flags).map(reason -> opening + ": " + clause(reason)).orElse(opening);
    }

    static Optional<ReasonCode> mainReason(Collection<ReasonCode> flags) {
        return PRIORITY.stream().filter(flags::contains).findFirst();
    }

    static String clause(ReasonCode reason) {
        return switch (reason) {
            case FACE_MISMATCH -> "the face did not match your photo";
            case DUPLICATE_FACE_IN_SESSION -> "the same face already checked in as someone else";
            case LIVENESS_FAILED -> "the camera could not tell it was a live person";
            case CHALLENGE_FAILED -> "the blink or head turn was not seen";
            case MULTIPLE_FACES -> "more than one face was in the picture";
            case NO_FACE -> "no face was seen in the pictures";
            case FACE_NOT_ENROLLED -> "there is no reference photo of you yet";
            case NOT_ENROLLED -> "you are not on this course's list";
            case DEVICE_SHARED -> "your phone is also used by another account";
            case DEVICE_MISMATCH -> "the pass came from a phone that is not yours";
            case DEVICE_NOT_VERIFIED -> "the pass could not be verified as your phone's";
            case DEVICE_NOT_BOUND -> "you have no registered phone";
            case NEW_DEVICE -> "the pass came from a new phone";
            case OUTSIDE_GEOFENCE -> "the check-in was outside the room";
            case LOW_GPS_ACCURACY -> "the location was not precise enough";
            case QR_EXPIRED_GRACE -> "the QR code had just expired";
            case FACE_UNAVAILABLE -> "the face check was not available";
            case OFFLINE_CAPTURE -> "it was taken while the kiosk was offline";
            case LATE -> "you arrived after the late limit";
        };
    }
}
