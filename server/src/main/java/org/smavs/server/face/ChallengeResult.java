package org.smavs.server.face;

/** Whether a burst of frames performed the requested challenge, and why not if it did not. */
public record ChallengeResult(ChallengeOutcome outcome, String detail) {

    public boolean passed() {
        return outcome == ChallengeOutcome.PASSED;
    }
}
