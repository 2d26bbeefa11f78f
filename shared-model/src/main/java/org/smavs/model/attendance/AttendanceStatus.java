package org.smavs.model.attendance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum AttendanceStatus {
    PRESENT, FLAGGED, REJECTED, EXCUSED, ABSENT;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
