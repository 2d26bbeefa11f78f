package org.smavs.server.face;

/** Outcome of comparing a probe embedding with a reference. */
public record FaceMatchResult(boolean match, double similarity, double threshold) {
}
