package org.smavs.server.face;

/** One reason a photo was refused, with a message a student can act on. */
public record QualityFailure(QualityFailureReason reason, String message) {
}
