package org.smavs.server.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;
import org.smavs.server.identity.Actor;
import org.smavs.model.Json;
import org.smavs.server.persistence.Database;
import org.smavs.server.storage.BlobStore;

/**
 * Append-only, keyed hash chain of audit events. Appends take a row lock on the chain head (in the settings
 * table), so concurrent writers — also on other server instances — extend one chain, numbered without gaps,
 * instead of forking it. Signed checkpoints of the head are kept outside the database ({@link AuditCheckpoints}).
 */
public final class AuditLog {
    private static final String HEAD = "audit_chain_head";
    private static final String SEQ = "audit_chain_seq";

    private final Database database;
    private final Clock clock;
    private final AuditKeys keys;
    private final AuditCheckpoints checkpoints;

    public AuditLog(Database database, Clock clock, AuditKeys keys, BlobStore checkpointStore) {
        this.database = database;
        this.clock = clock;
        this.keys = keys;
        this.checkpoints = new AuditCheckpoints(checkpointStore, keys, Json.lenientMapper());
        database.run(session -> {
            insertIfAbsent(session, HEAD, AuditChain.GENESIS);
            insertIfAbsent(session, SEQ, "0");
        });
    }

    private static void insertIfAbsent(Session session, String name, String value) {
        session.createNativeMutationQuery("INSERT INTO settings (name, setting_value) SELECT :name, :value WHERE NOT "
                + "EXISTS (SELECT 1 FROM settings WHERE name = :name)").setParameter("name", name)
                .setParameter("value", value).executeUpdate();
    }

    /** The columns' sizes: a value from a request (a path, a client's request id) is cut to fit, never a 500. */
    private static final int TARGET_ID_LENGTH = 64;

    private static String fit(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length - 1) + "…";
    }

    /**
     * Appends within the caller's transaction, so the event exists exactly when the action does. The head's row
     * lock orders all writers (also on other instances): one chain, numbered without gaps.
     */
    public void record(Session session, Actor actor, String action, String targetType, Object targetId, String detail) {
        String prev = setting(session, HEAD, true);
        long seq = Long.parseLong(setting(session, SEQ, false)) + 1;
        AuditFields fields = new AuditFields(Instant.now(clock).truncatedTo(ChronoUnit.MICROS), actor.userId(),
                actor.roleName(), action, targetType, targetId == null ? null : fit(targetId.toString(), TARGET_ID_LENGTH),
                truncate(detail), fit(actor.requestId(), 64), fit(actor.ip(), 64));
        String keyId = keys.currentId();
        String hash = AuditChain.keyedHash(keys, keyId, seq, prev, fields);
        session.persist(new AuditEventEntity(fields, seq, keyId, prev, hash));
        updateSetting(session, HEAD, hash);
        updateSetting(session, SEQ, Long.toString(seq));
    }

    /** Appends in a transaction of its own (for events with no business change, e.g. a denied access). */
    public void record(Actor actor, String action, String targetType, Object targetId, String detail) {
        database.run(session -> record(session, actor, action, targetType, targetId, detail));
    }

    public List<AuditEvent> latest(int offset, int limit, String actionFilter) {
        return database.inTransaction(session -> {
            List<AuditEvent> page = session.createSelectionQuery(
                            "from AuditEventEntity e where (:action is null or e.action = :action) order by e.id desc",
                            AuditEventEntity.class)
                    .setParameter("action", actionFilter)
                    .setFirstResult(offset).setMaxResults(limit).getResultList().stream().map(AuditLog::toModel).toList();
            return withNames(session, page);
        });
    }

    /** The page with the people's names (one query for the whole page): admins read names, not "#14". */
    private static List<AuditEvent> withNames(Session session, List<AuditEvent> page) {
        java.util.Set<Long> ids = new java.util.HashSet<>();
        for (AuditEvent event : page) {
            if (event.actorId() != null && !"kiosk".equals(event.actorRole())) {
                ids.add(event.actorId());
            }
            Long target = userTarget(event);
            if (target != null) {
                ids.add(target);
            }
        }
        if (ids.isEmpty()) {
            return page;
        }
        java.util.Map<Long, String> names = new java.util.HashMap<>();
        session.createNativeQuery("SELECT id, full_name FROM users WHERE id IN (:ids)", Object[].class)
                .setParameterList("ids", ids).getResultList()
                .forEach(row -> names.put(((Number) row[0]).longValue(), (String) row[1]));
        return page.stream().map(e -> new AuditEvent(e.id(), e.occurredAt(), e.actorId(), e.actorRole(), e.action(),
                e.targetType(), e.targetId(), e.detail(), e.requestId(), e.hash(),
                e.actorId() == null || "kiosk".equals(e.actorRole()) ? null : names.get(e.actorId()),
                userTarget(e) == null ? null : names.get(userTarget(e)))).toList();
    }

    private static Long userTarget(AuditEvent event) {
        if (!"user".equals(event.targetType()) || event.targetId() == null || !event.targetId().matches("\\d{1,18}")) {
            return null;
        }
        return Long.parseLong(event.targetId());
    }

    /**
     * Writes a signed checkpoint of the head outside the database when events were added since the last one (the
     * scheduler runs this every minute). Returns the number checkpointed, or -1 when nothing was new.
     */
    public long checkpoint() {
        record Head(long seq, String hash) {
        }
        Head head = database.inTransaction(session -> new Head(Long.parseLong(setting(session, SEQ, false)),
                setting(session, HEAD, false)));
        long last = checkpoints.latest().map(AuditCheckpoints.Checkpoint::seq).orElse(0L);
        if (head.seq() == 0 || head.seq() == last) {
            return -1;
        }
        checkpoints.write(head.seq(), head.hash(), clock.instant());
        return head.seq();
    }

    /**
     * Walks the whole chain in order and compares its end with the head and with the last checkpoint kept
     * outside the database; names the first thing that is wrong.
     */
    public AuditVerification verify() {
        java.util.Optional<AuditCheckpoints.Checkpoint> checkpoint = checkpoints.latest();
        Long checkpointSeq = checkpoint.map(AuditCheckpoints.Checkpoint::seq).orElse(null);
        java.time.OffsetDateTime checkpointAt = checkpoint.map(c -> c.at().atOffset(java.time.ZoneOffset.UTC)).orElse(null);
        return database.inTransaction(session -> {
            ChainWalk walk = new ChainWalk(keys, checkpointSeq);
            try (var events = session.createSelectionQuery("from AuditEventEntity e order by e.id",
                    AuditEventEntity.class).setFetchSize(500).getResultStream()) {
                for (AuditEventEntity event : (Iterable<AuditEventEntity>) events::iterator) {
                    if (!walk.accept(event)) {
                        break;
                    }
                    session.detach(event);
                }
            }
            AuditVerification broken = walk.problem(checkpointSeq, checkpointAt);
            if (broken != null) {
                return broken;
            }
            long headSeq = Long.parseLong(setting(session, SEQ, false));
            String headHash = setting(session, HEAD, false);
            if (headSeq != walk.lastSeq() || !headHash.equals(walk.lastHash())) {
                return walk.fail("missing_tail", null, headSeq > walk.lastSeq()
                        ? "The chain head records event #" + headSeq + " but the newest event is #" + walk.lastSeq()
                                + ": the newest events were deleted"
                        : "The chain head does not match the newest event #" + walk.lastSeq(), checkpointSeq, checkpointAt);
            }
            if (checkpoint.isPresent()) {
                AuditCheckpoints.Checkpoint kept = checkpoint.get();
                if (!checkpoints.isAuthentic(kept)) {
                    return walk.fail("bad_checkpoint", null, "The last checkpoint outside the database is not signed "
                            + "by this server's keys", checkpointSeq, checkpointAt);
                }
                if (kept.seq() > walk.lastSeq()) {
                    return walk.fail("missing_tail", null, "The checkpoint of " + kept.at() + " recorded event #"
                            + kept.seq() + " but the database ends at #" + walk.lastSeq()
                            + ": the newest events were deleted (and the head reset)", checkpointSeq, checkpointAt);
                }
                if (!kept.hash().equals(walk.hashAtCheckpoint())) {
                    return walk.fail("rewritten_after_checkpoint", walk.idAtCheckpoint(), "Event #" + kept.seq()
                            + " no longer matches the checkpoint of " + kept.at() + ": the chain was rewritten",
                            checkpointSeq, checkpointAt);
                }
            }
            return new AuditVerification(true, walk.checked(), null, null, null, checkpointSeq, checkpointAt);
        });
    }

    private static String setting(Session session, String name, boolean lock) {
        return session.createNativeQuery("SELECT setting_value FROM settings WHERE name = :name"
                + (lock ? " FOR UPDATE" : ""), String.class).setParameter("name", name).getSingleResult();
    }

    private static void updateSetting(Session session, String name, String value) {
        session.createNativeMutationQuery("UPDATE settings SET setting_value = :value WHERE name = :name")
                .setParameter("value", value).setParameter("name", name).executeUpdate();
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
