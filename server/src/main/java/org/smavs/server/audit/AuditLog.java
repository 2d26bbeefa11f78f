package org.smavs.server.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;

/**
 * Append-only, hash-chained audit trail. Appends take a row lock on the chain head (in the settings
 * table), so concurrent writers — also on other server instances — extend one chain instead of forking it.
 */
public final class AuditLog {
    private static final String HEAD = "audit_chain_head";

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
        database.run(session -> session.createNativeMutationQuery(
                "INSERT INTO settings (name, setting_value) SELECT :name, :genesis WHERE NOT EXISTS "
                        + "(SELECT 1 FROM settings WHERE name = :name)")
                .setParameter("name", HEAD).setParameter("genesis", AuditChain.GENESIS).executeUpdate());
    }

    /** The columns' sizes: a value from a request (a path, a client's request id) is cut to fit, never a 500. */
    private static final int TARGET_ID_LENGTH = 64;

    private static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    /** Appends within the caller's transaction, so the event exists exactly when the action does. */
    public void record(Session session, Actor actor, String action, String targetType, Object targetId, String detail) {
        String prev = (String) session.createNativeQuery(
                        "SELECT setting_value FROM settings WHERE name = :name FOR UPDATE", String.class)
                .setParameter("name", HEAD).getSingleResult();
        AuditFields fields = new AuditFields(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.userId(),
                actor.roleName(), action, targetType, targetId == null ? null : fit(targetId.toString(), TARGET_ID_LENGTH),
                truncate(detail), fit(actor.requestId(), 64), fit(actor.ip(), 64));
        String hash = AuditChain.hash(prev, fields);
        session.persist(new AuditEventEntity(fields, prev, hash));
        session.createNativeMutationQuery("UPDATE settings SET setting_value = :hash WHERE name = :name")
                .setParameter("hash", hash).setParameter("name", HEAD).executeUpdate();
    }

    /** Appends in a transaction of its own (for events with no business change, e.g. a denied access). */
    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        database.run(session -> record(session, actor, action, targetType, targetId, detail));
    }

    public List<AuditEvent> latest(int offset, int limit, String actionFilter) {
        return database.inTransaction(session -> session.createSelectionQuery(
                        "from AuditEventEntity e where (:action is null or e.action = :action) order by e.id desc",
                        AuditEventEntity.class)
                .setParameter("action", actionFilter)
                .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(AuditLog::toModel).toList());
    }

    /** Walks the whole chain in id order; names the first event whose content or link was altered. */
    public AuditVerification verify() {
        return database.inTransaction(session -> {
            String expectedPrev = AuditChain.GENESIS;
            long checked = 0;
            try (var events = session.createSelectionQuery("from AuditEventEntity e order by e.id",
                    AuditEventEntity.class).setFetchSize(500).getResultStream()) {
                for (AuditEventEntity event : (Iterable<AuditEventEntity>) events::iterator) {
                    String recomputed = AuditChain.hash(event.getPrevHash(), event.fields());
                    if (!event.getPrevHash().equals(expectedPrev) || !recomputed.equals(event.getHash())) {
                        return new AuditVerification(false, checked, event.getId());
                    }
                    expectedPrev = event.getHash();
                    checked++;
                    session.detach(event);
                }
            }
            return new AuditVerification(true, checked, null);
        });
    }

    private static AuditEvent toModel(AuditEventEntity e) {
        AuditFields f = e.fields();
        return new AuditEvent(e.getId(), f.occurredAt().atOffset(java.time.ZoneOffset.UTC), f.actorId(),
                f.actorRole(), f.action(), f.targetType(), f.targetId(), f.detail(), f.requestId(), e.getHash());
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 2000 ? detail : detail.substring(0, 1997) + "...";
    }
}
