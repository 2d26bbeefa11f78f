package org.smavs.server.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smavs.model.error.FieldError;
import org.smavs.model.session.CreateSessionRequest;

/** Field rules for a new session; pure, so every rule has a unit test. */
public final class SessionRules {
    public static final int MAX_DURATION_MINUTES = 24 * 60;
    public static final double DEFAULT_RADIUS_M = 100;
    public static final double MAX_RADIUS_M = 50_000;
    private static final String CODE_PATTERN = "[A-Z0-9]{4,16}";

    private SessionRules() {
    }

    public static List<FieldError> problems(CreateSessionRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (r.title() == null || r.title().isBlank()) {
            errors.add(new FieldError("title", "is required"));
        } else if (r.title().trim().length() > 200) {
            errors.add(new FieldError("title", "must be at most 200 characters"));
        }
        if (r.durationMinutes() == null) {
            errors.add(new FieldError("duration_minutes", "is required"));
        } else if (r.durationMinutes() < 1 || r.durationMinutes() > MAX_DURATION_MINUTES) {
            errors.add(new FieldError("duration_minutes", "must be between 1 and " + MAX_DURATION_MINUTES));
        }
        if ((r.latitude() == null) != (r.longitude() == null)) {
            errors.add(new FieldError(r.latitude() == null ? "latitude" : "longitude",
                    "latitude and longitude go together"));
        }
        if (r.latitude() != null && !(r.latitude() >= -90 && r.latitude() <= 90)) {
            errors.add(new FieldError("latitude", "must be between -90 and 90"));
        }
        if (r.longitude() != null && !(r.longitude() >= -180 && r.longitude() <= 180)) {
            errors.add(new FieldError("longitude", "must be between -180 and 180"));
        }
        if (r.radiusM() != null && !(r.radiusM() > 0 && r.radiusM() <= MAX_RADIUS_M)) {
            errors.add(new FieldError("radius_m", "must be more than 0 and at most " + (int) MAX_RADIUS_M));
        }
        if (r.code() != null && !normaliseCode(r.code()).matches(CODE_PATTERN)) {
            errors.add(new FieldError("code", "must be 4 to 16 letters or digits"));
        }
        return errors;
    }

    /** Codes are compared without case and surrounding spaces: students type them from a projector. */
    public static String normaliseCode(String code) {
        return code == null ? null : code.trim().toUpperCase(Locale.ROOT);
    }
}
