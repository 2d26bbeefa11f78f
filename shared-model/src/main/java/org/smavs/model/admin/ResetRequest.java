package org.smavs.model.admin;

import java.time.OffsetDateTime;

/** A student's request to move their binding to a new device; {@code status} pending|approved|denied. */
public record ResetRequest(long id, long userId, String userEmail, String fullName, String oldDevice,
                           String newDevice, String status, OffsetDateTime createdAt, OffsetDateTime decidedAt,
                           String note) {
}
