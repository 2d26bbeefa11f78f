package org.smavs.model.attendance;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

public enum AttendanceSource {
    MOBILE, KIOSK, MANUAL;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
