package org.smavs.model.admin;

import java.time.OffsetDateTime;

/**
 * One audit event. {@code actorName}/{@code targetName}: the names of the acting user and of a user the event is
 * about, as they are now (null for the system, kiosks and non-user targets). Ids are not consecutive: the chain's
 * own sequence has no gaps; the id numbers skip values that rolled-back transactions had taken.
 */
public record AuditEvent(long id, OffsetDateTime occurredAt, Long actorId, String actorRole, String action,
                         String targetType, String targetId, String detail, String requestId, String hash,
                         String actorName, String targetName) {

    public AuditEvent(long id, OffsetDateTime occurredAt, Long actorId, String actorRole, String action,
                      String targetType, String targetId, String detail, String requestId, String hash) {
        this(id, occurredAt, actorId, actorRole, action, targetType, targetId, detail, requestId, hash, null, null);
    }
}
