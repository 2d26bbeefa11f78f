package org.smavs.model.kiosk;

/** The active liveness challenge the server asks a kiosk to run. */
public enum Challenge {
    BLINK, TURN_LEFT, TURN_RIGHT
}
