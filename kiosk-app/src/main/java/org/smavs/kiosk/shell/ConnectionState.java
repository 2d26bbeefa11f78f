package org.smavs.kiosk.shell;

public enum ConnectionState {
    CONNECTING, CONNECTED, OFFLINE
}
