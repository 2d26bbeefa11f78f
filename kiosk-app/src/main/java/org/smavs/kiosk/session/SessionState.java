package org.smavs.kiosk.session;

public enum SessionState {
    /** Before the first answer from the server. */
    LOADING,
    /** No session is running in the kiosk's room. */
    IDLE,
    ACTIVE
}
