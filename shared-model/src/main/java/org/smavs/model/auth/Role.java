package org.smavs.model.auth;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A user's role; written in lower case on the wire, as the seed did. */
public enum Role {
    STUDENT, LECTURER, ADMIN;

    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses the wire form; null for an unknown name. */
    public static Role fromWire(String value) {
        for (Role role : values()) {
            if (role.wire().equals(value)) {
                return role;
            }
        }
        return null;
    }
}
