package org.smavs.model.session;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum SessionStatus {
    SCHEDULED, ACTIVE, CLOSED, EXPIRED, CANCELLED;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
