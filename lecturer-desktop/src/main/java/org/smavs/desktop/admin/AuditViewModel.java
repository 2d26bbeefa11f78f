package org.smavs.desktop.admin;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.admin.AuditVerification;

/** The audit log and the result of checking its hash chain. */
public final class AuditViewModel {
    private final AdminBackend backend;
    private final CallStatus status;
    private final ObservableList<AuditEvent> events = FXCollections.observableArrayList();
    private final javafx.collections.transformation.FilteredList<AuditEvent> visible = new javafx.collections
            .transformation.FilteredList<>(events);
    private final SimpleStringProperty filter = new SimpleStringProperty("");
    private final SimpleObjectProperty<AuditVerification> verification = new SimpleObjectProperty<>();
    private final SimpleStringProperty verdict = new SimpleStringProperty("Chain not checked yet.");

    public AuditViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        filter.addListener((obs, old, query) -> visible.setPredicate(event -> matches(event, query)));
    }

    /** Who, in words: the person's name and role, "kiosk #3", or "system". */
    static String actor(AuditEvent event) {
        if (event.actorId() == null) {
            return "system";
        }
        if ("kiosk".equals(event.actorRole())) {
            return "kiosk #" + event.actorId();
        }
        String role = event.actorRole() == null ? "" : " (" + org.smavs.desktop.shell.Cells.sentenceCase(event.actorRole())
                + ")";
        return (event.actorName() == null ? "user #" + event.actorId() : event.actorName()) + role;
    }

    /** What the event is about: a user's name, or the kind and number of the thing. */
    static String target(AuditEvent event) {
        if (event.targetType() == null) {
            return "";
        }
        if (event.targetName() != null) {
            return event.targetName();
        }
        return event.targetType() + (event.targetId() == null ? "" : " #" + event.targetId());
    }

    /** The filter looks at who, action, target, detail and the date as shown (accents and punctuation ignored). */
    static boolean matches(AuditEvent event, String query) {
        return org.smavs.desktop.shell.SearchText.matches(query, actor(event), event.action(), target(event),
                event.detail(), event.occurredAt() == null ? null : event.occurredAt().toLocalDate().toString());
    }

    public void load() {
        status.load("load the audit log", backend::audit, events::setAll);
    }

    public void verifyChain() {
        verdict.set("Checking the chain…");
        status.load("verify the audit chain", backend::verifyAudit, result -> {
            verification.set(result);
            verdict.set(describe(result));
        });
    }

    static String describe(AuditVerification result) {
        String checkpoint = result.lastCheckpointAt() == null ? ""
                : " Last checkpoint outside the database: " + result.lastCheckpointAt().toLocalDateTime().withNano(0) + ".";
        if (result.valid()) {
            return "Chain intact: all " + result.checked() + " events verified; nothing was edited or removed."
                    + checkpoint;
        }
        String where = result.firstBrokenId() == null ? "" : " at event #" + result.firstBrokenId();
        String what = result.detail() != null ? " " + result.detail() + "."
                : " Events from there on may have been altered.";
        return "Chain BROKEN" + where + " (" + result.checked() + " events checked)." + what + checkpoint;
    }

    public CallStatus status() { return status; }
    public ObservableList<AuditEvent> events() { return visible; }
    public SimpleStringProperty filterProperty() { return filter; }
    public ReadOnlyObjectProperty<AuditVerification> verificationProperty() { return verification; }
    public ReadOnlyStringProperty verdictProperty() { return verdict; }
}
