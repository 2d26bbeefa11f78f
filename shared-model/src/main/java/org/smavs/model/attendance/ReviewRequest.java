package org.smavs.model.attendance;

/** Confirm/reject body: the lecturer's note (required to reject). */
public record ReviewRequest(String note) {
}
