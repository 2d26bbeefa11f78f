package org.smavs.desktop.review;

import java.util.Optional;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.excuse.Excuse;

/**
 * The lecturer's queue of excused-absence requests: the pending ones, oldest first, each with its reason and
 * evidence; approve (the record becomes excused) or reject with a note the student reads.
 */
public final class ExcusesViewModel {
    /** The evidence of the selected excuse: a picture to show, a PDF to save, or nothing. */
    public record Evidence(byte[] data, boolean pdf) {
        public static final Evidence NONE = new Evidence(null, false);
    }

    private final ExcuseBackend backend;
    private final CallStatus status;
    private final ObservableList<Excuse> excuses = FXCollections.observableArrayList();
    private final SimpleObjectProperty<Excuse> selected = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<Evidence> evidence = new SimpleObjectProperty<>(Evidence.NONE);
    private final SimpleStringProperty note = new SimpleStringProperty("");

    public ExcusesViewModel(ExcuseBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        selected.addListener((obs, old, excuse) -> showEvidence(excuse));
    }

    public void load() {
        status.load("load the excuses", () -> backend.excuses("pending"), list -> {
            Excuse keep = selected.get();
            excuses.setAll(list);
            selected.set(keep == null ? null : list.stream().filter(e -> e.id() == keep.id()).findFirst().orElse(null));
            if (list.isEmpty()) {
                status.inform("No excuses waiting for a decision.");
            }
        });
    }

    public void approve() {
        decide("approve", "approve the excuse", "approved: the record is now excused");
    }

    public void reject() {
        if (note.get() == null || note.get().isBlank()) {
            status.fail("Write a note to reject an excuse: the student reads it.");
            return;
        }
        decide("reject", "reject the excuse", "rejected");
    }

    private void decide(String decision, String action, String outcome) {
        Excuse target = selected.get();
        if (target == null) {
            return;
        }
        String text = note.get() == null || note.get().isBlank() ? null : note.get().strip();
        status.change(action, () -> backend.decideExcuse(target.id(), decision, text), decided -> {
            excuses.removeIf(e -> e.id() == decided.id());
            selected.set(excuses.isEmpty() ? null : excuses.get(0));
            note.set("");
            status.inform(decided.studentName() + "'s excuse for " + decided.sessionTitle() + " " + outcome + ".");
        });
    }

    private void showEvidence(Excuse excuse) {
        evidence.set(Evidence.NONE);
        if (excuse == null || !excuse.hasEvidence()) {
            return;
        }
        status.load("load the evidence", () -> backend.excuseEvidence(excuse.id()), data -> {
            if (selected.get() != null && selected.get().id() == excuse.id()) {
                evidence.set(data.map(bytes -> new Evidence(bytes, isPdf(bytes))).orElse(Evidence.NONE));
            }
        });
    }

    static boolean isPdf(byte[] data) {
        return data.length > 4 && data[0] == '%' && data[1] == 'P' && data[2] == 'D' && data[3] == 'F';
    }

    public CallStatus status() { return status; }
    public ObservableList<Excuse> excuses() { return excuses; }
    public SimpleObjectProperty<Excuse> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<Evidence> evidenceProperty() { return evidence; }
    public SimpleStringProperty noteProperty() { return note; }
    public Optional<Evidence> currentEvidence() { return Optional.ofNullable(evidence.get()); }
}
