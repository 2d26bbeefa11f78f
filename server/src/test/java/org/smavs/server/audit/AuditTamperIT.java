package org.smavs.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.model.admin.AuditVerification;
import org.smavs.server.identity.Actor;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Someone with SQL access to the database tries to hide what happened: edit a row, delete rows in the middle,
 * delete the newest rows (with and without resetting the head), insert an unsigned row, rewrite the chain with
 * the key. The check names each, on H2 and PostgreSQL; 50 concurrent writers never fork the chain.
 */
class AuditTamperIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyKindOfTamperingIsNamed(TestDatabase.Kind kind) {
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            for (int i = 0; i < 6; i++) {
                server.newStudent("Audit Subject " + i);
            }
            AuditVerification clean = admin.admin().verifyAudit();
            assertThat(clean.valid()).as(clean.detail()).isTrue();
            assertThat(clean.checked()).isGreaterThanOrEqualTo(10);

            long edited = newest(server, 5);
            sql(server, "UPDATE audit_events SET detail = 'nothing happened' WHERE id = " + edited);
            assertBroken(admin, "edited", edited);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void deletionsForgeriesAndRewritesAreCaught(TestDatabase.Kind kind) {
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            for (int i = 0; i < 6; i++) {
                server.newStudent("Audit Subject " + i);
            }
            // rows deleted from the middle
            long middle = newest(server, 4);
            server.app().database().run(session -> session.createNativeMutationQuery(
                    "DELETE FROM audit_events WHERE id = " + middle).executeUpdate());
            AuditVerification missingRows = admin.admin().verifyAudit();
            assertThat(missingRows.valid()).isFalse();
            assertThat(missingRows.problem()).isEqualTo("missing_rows");
            assertThat(missingRows.detail()).contains("missing");
        }
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            for (int i = 0; i < 6; i++) {
                server.newStudent("Tail Subject " + i);
            }
            // the newest rows deleted, the head left alone
            long newest = newest(server, 0);
            sql(server, "DELETE FROM audit_events WHERE id >= " + newest(server, 1));
            AuditVerification tail = admin.admin().verifyAudit();
            assertThat(tail.problem()).isEqualTo("missing_tail");
            assertThat(newest).isPositive();
        }
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            for (int i = 0; i < 6; i++) {
                server.newStudent("Checkpoint Subject " + i);
            }
            server.app().runMaintenanceNow(); // a checkpoint outside the database
            AuditVerification checkpointed = admin.admin().verifyAudit();
            assertThat(checkpointed.valid()).as(checkpointed.detail()).isTrue();
            assertThat(checkpointed.lastCheckpointSeq()).isPositive();
            // the newest rows deleted and the head reset to the last remaining row: only the checkpoint knows
            long cut = newest(server, 2);
            sql(server, "DELETE FROM audit_events WHERE id >= " + cut);
            server.app().database().run(session -> {
                Object[] last = session.createNativeQuery("SELECT hash, seq FROM audit_events ORDER BY id DESC",
                        Object[].class).setMaxResults(1).getSingleResult();
                session.createNativeMutationQuery("UPDATE settings SET setting_value = :v WHERE name = 'audit_chain_head'")
                        .setParameter("v", last[0]).executeUpdate();
                session.createNativeMutationQuery("UPDATE settings SET setting_value = :v WHERE name = 'audit_chain_seq'")
                        .setParameter("v", String.valueOf(last[1])).executeUpdate();
            });
            AuditVerification truncated = admin.admin().verifyAudit();
            assertThat(truncated.problem()).isEqualTo("missing_tail");
            assertThat(truncated.detail()).contains("checkpoint");
        }
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            server.newStudent("Forgery Subject");
            // an unsigned row appended with the old unkeyed rule and the head moved to it
            server.app().database().run(session -> {
                String head = session.createNativeQuery("SELECT setting_value FROM settings WHERE name = 'audit_chain_head'",
                        String.class).getSingleResult();
                AuditFields fields = new AuditFields(java.time.Instant.parse("2026-12-04T10:00:00Z"), null, "system",
                        "auth.login", "user", "1", "forged", null, null);
                String hash = AuditChain.hash(head, fields);
                session.createNativeMutationQuery("INSERT INTO audit_events (occurred_at, actor_role, action, target_type, "
                        + "target_id, detail, prev_hash, hash) VALUES (:at, 'system', 'auth.login', 'user', '1', 'forged', "
                        + ":prev, :hash)").setParameter("at", fields.occurredAt().atOffset(java.time.ZoneOffset.UTC))
                        .setParameter("prev", head).setParameter("hash", hash).executeUpdate();
                session.createNativeMutationQuery("UPDATE settings SET setting_value = :v WHERE name = 'audit_chain_head'")
                        .setParameter("v", hash).executeUpdate();
            });
            assertThat(admin.admin().verifyAudit().problem()).isEqualTo("forged");
        }
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            for (int i = 0; i < 4; i++) {
                server.newStudent("Rewrite Subject " + i);
            }
            server.app().runMaintenanceNow();
            // an attacker who also has the key rewrites an event before the checkpoint and re-signs everything after
            long victim = newest(server, 2);
            sql(server, "UPDATE audit_events SET detail = 'rewritten' WHERE id = " + victim);
            resign(server, victim);
            AuditVerification rewritten = admin.admin().verifyAudit();
            assertThat(rewritten.problem()).isEqualTo("rewritten_after_checkpoint");
            assertThat(rewritten.detail()).contains("checkpoint");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void fiftyConcurrentWritersNeverForkTheChain(TestDatabase.Kind kind) throws Exception {
        try (TestServer server = TestServer.start(kind)) {
            AuditLog audit = new AuditLog(server.app().database(), java.time.Clock.systemUTC(),
                    AuditKeys.derivedFrom(server.app().config().tokens().secrets()),
                    new org.smavs.server.storage.LocalBlobStore(server.app().config().storage().localDir()));
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService writers = Executors.newFixedThreadPool(50);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    int writer = i;
                    done.add(writers.submit(() -> {
                        go.await();
                        for (int j = 0; j < 4; j++) {
                            String detail = "event " + j;
                            // 50 writers share a pool of 10 connections: one that waits too long tries again, as a
                            // client does after a 503
                            for (int attempt = 1; ; attempt++) {
                                try {
                                    audit.record(new Actor(null, null, null, "req-" + writer, "127.0.0.1"),
                                            "test.concurrent", "writer", writer, detail);
                                    break;
                                } catch (org.hibernate.exception.JDBCConnectionException poolBusy) {
                                    if (attempt == 50) {
                                        throw poolBusy;
                                    }
                                    Thread.sleep(20);
                                }
                            }
                        }
                        return null;
                    }));
                }
                go.countDown();
                for (Future<?> future : done) {
                    future.get();
                }
            } finally {
                writers.shutdownNow();
            }
            AuditVerification verified = server.admin().admin().verifyAudit();
            assertThat(verified.valid()).as(verified.detail()).isTrue();
            long gaps = server.app().database().inTransaction(session -> session.createNativeQuery(
                    "SELECT MAX(seq) - COUNT(seq) FROM audit_events", Long.class).getSingleResult());
            assertThat(gaps).as("numbered without gaps").isZero();
        }
    }

    private static void assertBroken(ApiClient admin, String problem, long id) {
        AuditVerification broken = admin.admin().verifyAudit();
        assertThat(broken.valid()).isFalse();
        assertThat(broken.problem()).isEqualTo(problem);
        assertThat(broken.firstBrokenId()).isEqualTo(id);
        assertThat(broken.detail()).isNotBlank();
    }

    /** The id of the n-th newest audit event (0 = newest). */
    private static long newest(TestServer server, int n) {
        return server.app().database().inTransaction(session -> session.createNativeQuery(
                "SELECT id FROM audit_events ORDER BY id DESC", Long.class).setFirstResult(n).setMaxResults(1)
                .getSingleResult());
    }

    private static void sql(TestServer server, String statement) {
        server.app().database().run(session -> session.createNativeMutationQuery(statement).executeUpdate());
    }

    /** Re-signs every keyed event from row {@code from} on with the server's key, and moves the head: a full rewrite. */
    private static void resign(TestServer server, long from) {
        AuditKeys keys = AuditKeys.derivedFrom(server.app().config().tokens().secrets());
        server.app().database().run(session -> {
            List<AuditEventEntity> events = session.createSelectionQuery("from AuditEventEntity e where e.id >= :from "
                    + "order by e.id", AuditEventEntity.class).setParameter("from", from).getResultList();
            String prev = events.get(0).getPrevHash();
            for (AuditEventEntity event : events) {
                String hash = AuditChain.keyedHash(keys, event.getKeyId(), event.getSeq(), prev, event.fields());
                session.createNativeMutationQuery("UPDATE audit_events SET prev_hash = :prev, hash = :hash WHERE id = :id")
                        .setParameter("prev", prev).setParameter("hash", hash).setParameter("id", event.getId())
                        .executeUpdate();
                prev = hash;
            }
            session.createNativeMutationQuery("UPDATE settings SET setting_value = :v WHERE name = 'audit_chain_head'")
                    .setParameter("v", prev).executeUpdate();
        });
    }
}
