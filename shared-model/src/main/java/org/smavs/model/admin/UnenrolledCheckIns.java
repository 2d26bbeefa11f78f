package org.smavs.model.admin;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * What a course does with a check-in from a student who is not enrolled in it: {@code flag} records it for the
 * lecturer's review with {@code NOT_ENROLLED} (a late registration is still evidence of attendance), {@code refuse}
 * answers 422 {@code NOT_ENROLLED} and records nothing.
 */
public enum UnenrolledCheckIns {
    FLAG, REFUSE;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
