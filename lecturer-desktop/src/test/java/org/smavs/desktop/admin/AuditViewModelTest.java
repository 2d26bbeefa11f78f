package org.smavs.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.model.admin.AuditEvent;

class AuditViewModelTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 4, 9, 30, 0, 0, ZoneOffset.UTC);

    private static AuditEvent event(Long actor, String role, String action, String targetType, String targetId,
                                    String actorName, String targetName) {
        return new AuditEvent(1, AT, actor, role, action, targetType, targetId, "detail", "r", "h", actorName,
                targetName);
    }

    @Test
    void peopleAreNamedNotNumbered() {
        assertThat(AuditViewModel.actor(event(14L, "student", "auth.login", "user", "14", "Chloé Martin",
                "Chloé Martin"))).isEqualTo("Chloé Martin (Student)");
        assertThat(AuditViewModel.actor(event(3L, "kiosk", "kiosk.checkin", null, null, null, null)))
                .isEqualTo("kiosk #3");
        assertThat(AuditViewModel.actor(event(null, null, "maintenance", null, null, null, null))).isEqualTo("system");
        assertThat(AuditViewModel.target(event(1L, "admin", "user.update", "user", "14", "Ada Admin", "Chloé Martin")))
                .isEqualTo("Chloé Martin");
        assertThat(AuditViewModel.target(event(1L, "admin", "session.close", "session", "7", "Ada Admin", null)))
                .isEqualTo("session #7");
    }

    @Test
    void theFilterFindsNamesActionsAndDatesIgnoringAccents() {
        FakeBackend backend = new FakeBackend();
        backend.auditEvents.add(event(14L, "student", "auth.login", "user", "14", "Chloé Martin", "Chloé Martin"));
        backend.auditEvents.add(event(1L, "admin", "session.close", "session", "7", "Ada Admin", null));
        AuditViewModel model = new AuditViewModel(backend, new DirectUiExecutor());
        model.load();
        assertThat(model.events()).hasSize(2);

        model.filterProperty().set("chloe");
        assertThat(model.events()).extracting(AuditEvent::action).containsExactly("auth.login");
        model.filterProperty().set("session.close");
        assertThat(model.events()).extracting(AuditEvent::action).containsExactly("session.close");
        model.filterProperty().set("2026-12-04");
        assertThat(model.events()).hasSize(2);
        model.filterProperty().set("");
        assertThat(model.events()).hasSize(2);
    }
}
