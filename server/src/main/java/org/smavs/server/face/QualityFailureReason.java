package org.smavs.server.face;

/** Why a photo is not good enough for enrolment or verification. Stable codes for API clients. */
public enum QualityFailureReason {
    NO_FACE,
    MULTIPLE_FACES,
    FACE_TOO_SMALL,
    TOO_BLURRY,
    TOO_DARK,
    TOO_BRIGHT,
    NOT_FRONTAL
}
