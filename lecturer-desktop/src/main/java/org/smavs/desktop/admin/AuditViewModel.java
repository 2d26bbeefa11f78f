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
    private final SimpleObjectProperty<AuditVerification> verification = new SimpleObjectProperty<>();
    private final SimpleStringProperty verdict = new SimpleStringProperty("Chain not checked yet.");

    public AuditViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
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
    public ObservableList<AuditEvent> events() { return events; }
    public ReadOnlyObjectProperty<AuditVerification> verificationProperty() { return verification; }
    public ReadOnlyStringProperty verdictProperty() { return verdict; }
}
