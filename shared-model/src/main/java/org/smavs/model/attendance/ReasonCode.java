package org.smavs.model.attendance;

/** Why a record is doubtful. Extend as needed, never rename: clients match on these names. */
public enum ReasonCode {
    OUTSIDE_GEOFENCE,
    LOW_GPS_ACCURACY,
    DEVICE_MISMATCH,
    DEVICE_NOT_BOUND,
    NEW_DEVICE,
    FACE_MISMATCH,
    FACE_NOT_ENROLLED,
    FACE_UNAVAILABLE,
    NO_FACE,
    MULTIPLE_FACES,
    LIVENESS_FAILED,
    CHALLENGE_FAILED,
    QR_EXPIRED_GRACE,
    DUPLICATE_FACE_IN_SESSION,
    OFFLINE_CAPTURE,
    LATE,
    /** The student is not enrolled in the session's course (the course flags rather than refuses). */
    NOT_ENROLLED,
    /** The device is bound to another account too: two people may be sharing one phone. */
    DEVICE_SHARED,
    /** A kiosk pass without the phone's own signature (no device key bound, or an app that does not sign). */
    DEVICE_NOT_VERIFIED
}
