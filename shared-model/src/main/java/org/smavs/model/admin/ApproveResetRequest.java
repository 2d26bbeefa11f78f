package org.smavs.model.admin;

/** Either {@code requestId} or the seed's {@code userId} form. */
public record ApproveResetRequest(Long requestId, Long userId) {
}
