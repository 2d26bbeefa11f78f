package org.smavs.server.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smavs.model.admin.Settings;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.config.AttendanceSettings;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;

/**
 * Tunables an admin may change at run time (face threshold, liveness threshold, QR step and grace,
 * selfie retention, attendance threshold, minutes until a check-in is late, the institution's time zone). Stored in the settings table; the environment gives the defaults. Reads are cached
 * in memory and refreshed on every change made through this instance.
 */
public final class SettingsService {
    private static final String PREFIX = "tunable.";
    static final int DEFAULT_THRESHOLD_PERCENT = 80;
    static final int DEFAULT_LATE_MINUTES = 15;

    private final Database database;
    private final AuditLog audit;
    private final Settings defaults;
    private volatile Settings current;

    public SettingsService(Database database, AuditLog audit, AttendanceSettings config, double defaultFaceThreshold,
                           double defaultLivenessThreshold) {
        this.database = database;
        this.audit = audit;
        this.defaults = new Settings(defaultFaceThreshold, defaultLivenessThreshold, config.qrStepSeconds(),
                config.qrGraceSteps(), config.selfieRetentionDays(), DEFAULT_THRESHOLD_PERCENT, DEFAULT_LATE_MINUTES,
                "UTC");
        this.current = load();
    }

    public Settings current() {
        return current;
    }

    public Settings update(Settings requested, Actor actor) {
        List<FieldError> errors = new ArrayList<>();
        range(errors, "face_threshold", requested.faceThreshold(), 0.2, 0.9);
        range(errors, "liveness_threshold", requested.livenessThreshold(), 0.0, 0.99);
        range(errors, "qr_step_seconds", requested.qrStepSeconds(), 5, 300);
        range(errors, "qr_grace_steps", requested.qrGraceSteps(), 0, 4);
        range(errors, "selfie_retention_days", requested.selfieRetentionDays(), 1, 3650);
        Settings before = current;
        Settings merged = new Settings(requested.faceThreshold(), requested.livenessThreshold(),
                requested.qrStepSeconds(), requested.qrGraceSteps(), requested.selfieRetentionDays(),
                requested.attendanceThresholdPercent() == null ? before.attendanceThresholdPercent()
                        : requested.attendanceThresholdPercent(),
                requested.lateAfterMinutes() == null ? before.lateAfterMinutes() : requested.lateAfterMinutes(),
                requested.timezone() == null ? before.timezone() : requested.timezone().strip());
        range(errors, "attendance_threshold_percent", merged.attendanceThresholdPercent(), 1, 100);
        range(errors, "late_after_minutes", merged.lateAfterMinutes(), 0, 240);
        try {
            java.time.ZoneId.of(merged.timezone());
        } catch (java.time.DateTimeException e) {
            errors.add(new FieldError("timezone", "must be a time zone name such as Europe/London"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Settings toStore = merged;
        database.run(session -> {
            values(toStore).forEach((name, value) -> {
                session.createNativeMutationQuery("DELETE FROM settings WHERE name = :name").setParameter("name", PREFIX + name)
                        .executeUpdate();
                session.createNativeMutationQuery("INSERT INTO settings (name, setting_value) VALUES (:name, :value)")
                        .setParameter("name", PREFIX + name).setParameter("value", value).executeUpdate();
            });
            audit.record(session, actor, "settings.update", "settings", null, values(toStore).toString());
        });
        current = load();
        return current;
    }

    private Settings load() {
        Map<String, String> stored = database.inTransaction(session -> session.createNativeQuery(
                        "SELECT name, setting_value FROM settings WHERE name LIKE 'tunable.%'", Object[].class).getResultList()
                .stream().collect(Collectors.toMap(row -> ((String) row[0]).substring(PREFIX.length()), row -> (String) row[1])));
        Function<String, String> get = stored::get;
        return new Settings(
                parse(get.apply("face_threshold"), defaults.faceThreshold()),
                parse(get.apply("liveness_threshold"), defaults.livenessThreshold()),
                (int) parse(get.apply("qr_step_seconds"), defaults.qrStepSeconds()),
                (int) parse(get.apply("qr_grace_steps"), defaults.qrGraceSteps()),
                (int) parse(get.apply("selfie_retention_days"), defaults.selfieRetentionDays()),
                (int) parse(get.apply("attendance_threshold_percent"), defaults.attendanceThresholdPercent()),
                (int) parse(get.apply("late_after_minutes"), defaults.lateAfterMinutes()),
                get.apply("timezone") == null ? defaults.timezone() : get.apply("timezone"));
    }

    private static Map<String, String> values(Settings s) {
        return Map.of("face_threshold", Double.toString(s.faceThreshold()),
                "liveness_threshold", Double.toString(s.livenessThreshold()),
                "qr_step_seconds", Integer.toString(s.qrStepSeconds()),
                "qr_grace_steps", Integer.toString(s.qrGraceSteps()),
                "selfie_retention_days", Integer.toString(s.selfieRetentionDays()),
                "attendance_threshold_percent", Integer.toString(s.attendanceThresholdPercent()),
                "late_after_minutes", Integer.toString(s.lateAfterMinutes()),
                "timezone", s.timezone());
    }

    private static double parse(String value, double fallback) {
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static void range(List<FieldError> errors, String field, double value, double min, double max) {
        if (Double.isNaN(value) || value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
        }
    }
}
