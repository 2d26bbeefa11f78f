package org.smavs.desktop.admin;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.ResetRequest;

/** Pending device-reset requests: approve, or deny with a note. */
public final class ResetRequestsViewModel {
    private final AdminBackend backend;
    private final CallStatus status;
    private final ObservableList<ResetRequest> requests = FXCollections.observableArrayList();
    private final ObjectProperty<ResetRequest> selected = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");

    public ResetRequestsViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
    }

    public void load() {
        status.load("load the device-reset requests", backend::resetRequests, loaded -> {
            requests.setAll(loaded.stream().filter(request -> "pending".equals(request.status())).toList());
            if (requests.isEmpty()) {
                status.inform("No pending device-reset requests.");
            }
        });
    }

    public void approve() {
        ResetRequest target = selected.get();
        if (target != null) {
            status.change("approve the reset", () -> backend.approveReset(target.id()),
                    done -> decided(target, "Approved: " + target.userEmail() + " may now use the new device."));
        }
    }

    public void deny() {
        ResetRequest target = selected.get();
        if (target == null) {
            return;
        }
        if (note.get() == null || note.get().isBlank()) {
            status.fail("Write a note saying why the reset is denied.");
            return;
        }
        String text = note.get().strip();
        status.change("deny the reset", () -> backend.denyReset(target.id(), text),
                done -> decided(target, "Denied the reset for " + target.userEmail() + "."));
    }

    private void decided(ResetRequest request, String message) {
        requests.remove(request);
        selected.set(null);
        note.set("");
        status.inform(message);
    }

    public CallStatus status() { return status; }
    public ObservableList<ResetRequest> requests() { return requests; }
    public ObjectProperty<ResetRequest> selectedProperty() { return selected; }
    public StringProperty noteProperty() { return note; }
}
