package org.smavs.model.admin;

import java.time.OffsetDateTime;

/** {@code status}: pending (code issued, not enrolled), active, revoked. */
public record Kiosk(long id, String name, long roomId, String status, OffsetDateTime createdAt,
                    OffsetDateTime lastSeenAt) {
}
