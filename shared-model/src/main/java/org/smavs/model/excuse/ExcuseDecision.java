package org.smavs.model.excuse;

/** POST /lecturers/excuses/{id}/decide: {@code decision} "approve" or "reject"; a note is required to reject. */
public record ExcuseDecision(String decision, String note) {
}
