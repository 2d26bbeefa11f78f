package org.smavs.server.audit;

import java.time.Instant;

/** The hashed content of one audit event. */
record AuditFields(Instant occurredAt, Long actorId, String actorRole, String action, String targetType,
                   String targetId, String detail, String requestId, String ip) {
}
