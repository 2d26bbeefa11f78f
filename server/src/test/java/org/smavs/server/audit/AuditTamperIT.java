package org.smavs.server.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.model.admin.AuditVerification;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

class AuditTamperIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theChainVerifiesUntilARowIsEditedThenNamesThatRow(TestDatabase.Kind kind) {
        try (TestServer server = TestServer.start(kind)) {
            server.lecturer();
            server.student();
            server.newStudent("Audit Subject");
            AuditLog audit = new AuditLog(server.app().database(), java.time.Clock.systemUTC());
            AuditVerification clean = audit.verify();
            assertThat(clean.valid()).isTrue();
            assertThat(clean.checked()).isGreaterThanOrEqualTo(4);

            long victim = server.app().database().inTransaction(session -> session.createNativeQuery(
                    "SELECT id FROM audit_events WHERE action = 'auth.login' ORDER BY id", Long.class)
                    .setMaxResults(1).getSingleResult());
            server.app().database().run(session -> session.createNativeMutationQuery(
                    "UPDATE audit_events SET detail = 'nothing happened' WHERE id = :id").setParameter("id", victim)
                    .executeUpdate());

            AuditVerification broken = audit.verify();
            assertThat(broken.valid()).isFalse();
            assertThat(broken.firstBrokenId()).isEqualTo(victim);
        }
    }
}
