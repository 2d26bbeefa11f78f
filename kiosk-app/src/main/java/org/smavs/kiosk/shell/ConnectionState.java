package org.smavs.kiosk.shell;

public enum ConnectionState {
    NOT_ENROLLED, CONNECTING, CONNECTED, OFFLINE
}
