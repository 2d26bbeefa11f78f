package org.smavs.desktop.admin;

import java.util.Locale;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Settings;

/** Run-time tunables: face and liveness thresholds, QR step and grace, selfie retention. */
public final class SettingsViewModel {
    private final AdminBackend backend;
    private final CallStatus status;
    private final StringProperty faceThreshold = new SimpleStringProperty("");
    private final StringProperty livenessThreshold = new SimpleStringProperty("");
    private final StringProperty qrStepSeconds = new SimpleStringProperty("");
    private final StringProperty qrGraceSteps = new SimpleStringProperty("");
    private final StringProperty retentionDays = new SimpleStringProperty("");

    public SettingsViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
    }

    public void load() {
        status.load("load the settings", backend::settings, this::show);
    }

    public void save() {
        Settings parsed;
        try {
            parsed = parse();
        } catch (IllegalArgumentException e) {
            status.fail(e.getMessage());
            return;
        }
        status.change("save the settings", () -> backend.updateSettings(parsed), saved -> {
            show(saved);
            status.inform("Settings saved. New check-ins use them at once.");
        });
    }

    private void show(Settings settings) {
        faceThreshold.set(String.format(Locale.ROOT, "%.2f", settings.faceThreshold()));
        livenessThreshold.set(String.format(Locale.ROOT, "%.2f", settings.livenessThreshold()));
        qrStepSeconds.set(Integer.toString(settings.qrStepSeconds()));
        qrGraceSteps.set(Integer.toString(settings.qrGraceSteps()));
        retentionDays.set(Integer.toString(settings.selfieRetentionDays()));
    }

    /** Checks ranges here so the admin gets a sentence naming the field, not a server 400. */
    Settings parse() {
        double face = number(faceThreshold.get(), "Face threshold", 0, 1);
        double liveness = number(livenessThreshold.get(), "Liveness threshold", 0, 1);
        int step = (int) whole(qrStepSeconds.get(), "QR step", 5, 300);
        int grace = (int) whole(qrGraceSteps.get(), "QR grace steps", 0, 10);
        int retention = (int) whole(retentionDays.get(), "Selfie retention", 1, 3650);
        return new Settings(face, liveness, step, grace, retention);
    }

    private static double number(String text, String field, double min, double max) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // fall through to the sentence below
        }
        throw new IllegalArgumentException(field + " must be a number from " + fmt(min) + " to " + fmt(max) + ".");
    }

    private static long whole(String text, String field, long min, long max) {
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // fall through to the sentence below
        }
        throw new IllegalArgumentException(field + " must be a whole number from " + min + " to " + max + ".");
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    public CallStatus status() { return status; }
    public StringProperty faceThresholdProperty() { return faceThreshold; }
    public StringProperty livenessThresholdProperty() { return livenessThreshold; }
    public StringProperty qrStepSecondsProperty() { return qrStepSeconds; }
    public StringProperty qrGraceStepsProperty() { return qrGraceSteps; }
    public StringProperty retentionDaysProperty() { return retentionDays; }
}
