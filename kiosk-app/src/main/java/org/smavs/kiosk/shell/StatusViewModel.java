package org.smavs.kiosk.shell;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.kiosk.queue.RefusedCheckIn;

/**
 * The always-visible status: server connection, queued offline check-ins, camera, and offline check-ins the server
 * refused. Everything here is touched on the FX thread only; screens report into it from their callbacks.
 */
public final class StatusViewModel {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.CONNECTING);
    private final IntegerProperty queued = new SimpleIntegerProperty();
    private final BooleanProperty cameraAvailable = new SimpleBooleanProperty();
    private String cameraReadyText = "Camera ready";
    private final StringProperty cameraMessage = new SimpleStringProperty("Starting the camera…");
    private final StringProperty kioskLabel = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper refusedText = new ReadOnlyStringWrapper("");
    private final ObservableList<String> refusedDetails = FXCollections.observableArrayList();
    private final ZoneId zone;

    public StatusViewModel() {
        this(ZoneId.systemDefault());
    }

    /** {@code zone}: the kiosk's own, in which capture times of refused check-ins are shown. */
    public StatusViewModel(ZoneId zone) {
        this.zone = zone;
        connection.addListener((obs, old, now) -> updateConnectionText());
        queued.addListener((obs, old, now) -> updateConnectionText());
        updateConnectionText();
    }

    public void serverAnswered() {
        connection.set(ConnectionState.CONNECTED);
    }

    public void notEnrolled() {
        connection.set(ConnectionState.NOT_ENROLLED);
    }

    public void connecting() {
        connection.set(ConnectionState.CONNECTING);
    }

    public void serverUnreachable() {
        connection.set(ConnectionState.OFFLINE);
    }

    /** Shown instead of "Camera ready", e.g. to say plainly that a demo camera plays pictures from a folder. */
    public void cameraReadyText(String text) {
        this.cameraReadyText = text;
    }

    public void cameraStatus(boolean available, String message) {
        cameraAvailable.set(available);
        cameraMessage.set(available ? cameraReadyText : "Camera missing — " + message);
    }

    /**
     * Offline check-ins the server refused when they arrived. The students were told "will be checked", so the
     * kiosk keeps saying that some were not until it restarts; the server's audit log names the students.
     */
    public void offlineRefused(List<RefusedCheckIn> refused) {
        List<RefusedCheckIn> lost = refused.stream().filter(RefusedCheckIn::needsLecturer).toList();
        if (lost.isEmpty()) {
            return;
        }
        lost.forEach(item -> refusedDetails.add(describe(item)));
        int count = refusedDetails.size();
        refusedText.set(count == 1 ? "1 offline check-in was refused — ask the lecturer"
                : count + " offline check-ins were refused — ask the lecturer");
    }

    /**
     * When, how and why, but not who: anyone standing at the kiosk can read it, and a refused PIN is nobody else's
     * business. The lecturer finds the student in the server's audit log ({@code kiosk.offline_refused}).
     */
    private String describe(RefusedCheckIn item) {
        String when = item.capturedAt() == null ? "" : TIME.format(item.capturedAt().atZoneSameInstant(zone)) + ", ";
        String how = item.studentNumber() == null ? "phone pass" : "student number + PIN";
        String why = item.reason() == null || item.reason().isBlank() ? item.errorCode() : item.reason();
        return when + how + ": " + why;
    }

    private void updateConnectionText() {
        int count = queued.get();
        String checkIns = count + (count == 1 ? " check-in" : " check-ins");
        connectionText.set(switch (connection.get()) {
            case NOT_ENROLLED -> "Not enrolled yet";
            case CONNECTING -> "Connecting…" + (count == 0 ? "" : " · " + checkIns + " to sync");
            case CONNECTED -> count == 0 ? "Connected" : "Connected · syncing " + checkIns;
            case OFFLINE -> count == 0 ? "Offline" : "Offline · " + checkIns + (count == 1 ? " waits" : " wait")
                    + " for the server";
        });
    }

    public ObjectProperty<ConnectionState> connectionProperty() {
        return connection;
    }

    public IntegerProperty queuedProperty() {
        return queued;
    }

    public BooleanProperty cameraAvailableProperty() {
        return cameraAvailable;
    }

    public StringProperty cameraMessageProperty() {
        return cameraMessage;
    }

    public StringProperty kioskLabelProperty() {
        return kioskLabel;
    }

    /** "2 offline check-ins were refused — ask the lecturer", or empty. */
    public ReadOnlyStringProperty refusedTextProperty() {
        return refusedText.getReadOnlyProperty();
    }

    /** One line per refused offline check-in: when it was taken, how the student was identified, the server's reason. */
    public ObservableList<String> refusedDetails() {
        return FXCollections.unmodifiableObservableList(refusedDetails);
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }
}
