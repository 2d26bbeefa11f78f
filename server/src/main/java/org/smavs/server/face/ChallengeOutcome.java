package org.smavs.server.face;

/** Result codes of an active liveness challenge. */
public enum ChallengeOutcome {
    PASSED,
    NO_FRAMES,
    FACE_MISSING,
    MULTIPLE_FACES,
    DIFFERENT_PERSON,
    NO_BLINK,
    NO_TURN,
    WRONG_DIRECTION
}
