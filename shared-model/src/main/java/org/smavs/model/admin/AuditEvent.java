package org.smavs.model.admin;

import java.time.OffsetDateTime;

public record AuditEvent(long id, OffsetDateTime occurredAt, Long actorId, String actorRole, String action,
                         String targetType, String targetId, String detail, String requestId, String hash) {
}
