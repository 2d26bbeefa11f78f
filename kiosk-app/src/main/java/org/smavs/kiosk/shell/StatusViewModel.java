package org.smavs.kiosk.shell;

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

/**
 * The always-visible status: server connection, queued offline check-ins, camera. Everything here is
 * touched on the FX thread only; screens report into it from their callbacks.
 */
public final class StatusViewModel {
    private final ObjectProperty<ConnectionState> connection = new SimpleObjectProperty<>(ConnectionState.CONNECTING);
    private final IntegerProperty queued = new SimpleIntegerProperty();
    private final BooleanProperty cameraAvailable = new SimpleBooleanProperty();
    private String cameraReadyText = "Camera ready";
    private final StringProperty cameraMessage = new SimpleStringProperty("Starting the camera…");
    private final StringProperty kioskLabel = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper();

    public StatusViewModel() {
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

    private void updateConnectionText() {
        int count = queued.get();
        String checkIns = count + (count == 1 ? " check-in" : " check-ins");
        connectionText.set(switch (connection.get()) {
            case NOT_ENROLLED -> "Not enrolled yet";
            case CONNECTING -> "Connecting…" + (count == 0 ? "" : " · " + checkIns + " to sync");
            case CONNECTED -> count == 0 ? "Connected" : "Connected · syncing " + checkIns;
            case OFFLINE -> count == 0 ? "Offline" : "Offline · " + checkIns + " saved, will sync";
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

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }
}
