package org.smavs.desktop.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.session.Session;

/** The flag-review queue across the caller's sessions, riskiest first, with confirm/reject. */
public final class ReviewViewModel {
    static final Comparator<AttendanceRecord> RISKIEST_FIRST = Comparator
            .comparingInt(AttendanceRecord::riskScore).reversed()
            .thenComparing(AttendanceRecord::submittedAt, Comparator.nullsLast(Comparator.naturalOrder()));

    private final ReviewBackend backend;
    private final UiExecutor executor;
    private final CallStatus status;
    private final ObservableList<AttendanceRecord> queue = FXCollections.observableArrayList();
    private final ObjectProperty<AttendanceRecord> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<byte[]> selfie = new SimpleObjectProperty<>();
    private final StringProperty photoMessage = new SimpleStringProperty("Select a record to see the selfie.");
    private final ObjectProperty<byte[]> reference = new SimpleObjectProperty<>();
    private final StringProperty referenceMessage = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final Map<Long, String> sessionTitles = new HashMap<>();
    private Long focusNext;

    public ReviewViewModel(ReviewBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.executor = executor;
        this.status = new CallStatus(executor);
        selected.addListener((obs, old, now) -> {
            note.set("");
            loadPhotos(now);
        });
    }

    /** Loads the queue and selects {@code recordId} in it (when it still waits for review). */
    public void reviewRecord(long recordId) {
        focusNext = recordId;
        load();
    }

    public void load() {
        status.load("load the flagged records", this::fetchQueue, loaded -> {
            sessionTitles.clear();
            sessionTitles.putAll(loaded.titles());
            // a reload (coming back to the tab) keeps the record the lecturer was looking at, if it still waits;
            // a record asked for from a roster wins
            Long keep = focusNext != null ? focusNext : selected.get() == null ? null : selected.get().id();
            focusNext = null;
            queue.setAll(loaded.records());
            selected.set(queue.stream().filter(record -> keep != null && record.id() == keep).findFirst()
                    .orElse(queue.isEmpty() ? null : queue.get(0)));
            status.inform(queue.isEmpty() ? "Nothing to review: no flagged records." : queue.size() + " records to review.");
        });
    }

    private Loaded fetchQueue() {
        Map<Long, String> titles = new HashMap<>();
        List<AttendanceRecord> records = new ArrayList<>();
        for (Session session : backend.sessions()) {
            titles.put(session.id(), session.title());
            records.addAll(backend.flagged(session.id()));
        }
        records.sort(RISKIEST_FIRST);
        return new Loaded(records, titles);
    }

    public void confirm() {
        decide("confirm", backend::confirm, blankToNull(note.get()));
    }

    public void reject() {
        if (note.get() == null || note.get().isBlank()) {
            status.fail("Write a note saying why before rejecting; the student will see it.");
            return;
        }
        decide("reject", backend::reject, note.get().strip());
    }

    private void decide(String verb, BiFunction<Long, String, AttendanceRecord> call, String text) {
        AttendanceRecord record = selected.get();
        if (record == null || status.isBusy()) {
            return;
        }
        status.change(verb + " the record", () -> call.apply(record.id(), text), decided -> {
            int index = queue.indexOf(record);
            queue.remove(record);
            selected.set(queue.isEmpty() ? null : queue.get(Math.min(Math.max(index, 0), queue.size() - 1)));
            status.inform((verb.equals("confirm") ? "Confirmed " : "Rejected ") + who(decided) + ". "
                    + queue.size() + " left.");
        });
    }

    public void next() {
        move(1);
    }

    public void previous() {
        move(-1);
    }

    private void move(int step) {
        if (queue.isEmpty()) {
            return;
        }
        int index = selected.get() == null ? -1 : queue.indexOf(selected.get());
        selected.set(queue.get(Math.max(0, Math.min(queue.size() - 1, index + step))));
    }

    /** Selfie and reference photo load side by side; a late answer for a record the user left is dropped. */
    private void loadPhotos(AttendanceRecord record) {
        selfie.set(null);
        reference.set(null);
        if (record == null) {
            photoMessage.set("Select a record to see the selfie.");
            referenceMessage.set("");
            return;
        }
        loadPhoto(record, () -> backend.selfie(record.id()), selfie, photoMessage, "No photo");
        loadPhoto(record, () -> backend.referencePhoto(record.studentId()), reference, referenceMessage,
                "No reference photo");
    }

    private void loadPhoto(AttendanceRecord record, Callable<Optional<byte[]>> download, ObjectProperty<byte[]> image,
                           StringProperty message, String missing) {
        message.set("Loading photo…");
        executor.submit(download, photo -> {
            if (!isSelected(record)) {
                return; // the user moved on while the photo was loading
            }
            image.set(photo.orElse(null));
            message.set(photo.isPresent() ? null : missing);
        }, failure -> {
            if (isSelected(record)) {
                message.set("The photo could not be loaded.");
            }
        });
    }

    /** By id: a reload brings the same record back as a new, equal object. */
    private boolean isSelected(AttendanceRecord record) {
        return selected.get() != null && selected.get().id() == record.id();
    }

    public String sessionTitle(long sessionId) {
        return sessionTitles.getOrDefault(sessionId, "Session " + sessionId);
    }

    private static String who(AttendanceRecord record) {
        return Optional.ofNullable(record.studentName()).orElse("student " + record.studentId());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public CallStatus status() { return status; }
    public ObservableList<AttendanceRecord> queue() { return queue; }
    public ObjectProperty<AttendanceRecord> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<byte[]> selfieProperty() { return selfie; }
    public ReadOnlyStringProperty photoMessageProperty() { return photoMessage; }
    public ReadOnlyObjectProperty<byte[]> referenceProperty() { return reference; }
    public ReadOnlyStringProperty referenceMessageProperty() { return referenceMessage; }
    public StringProperty noteProperty() { return note; }

    private record Loaded(List<AttendanceRecord> records, Map<Long, String> titles) {
    }
}
