package org.smavs.desktop.session;

import org.smavs.model.attendance.LiveEvent;

/** Pushes of one session's check-ins. The WebSocket in the app; a hand-driven fake in tests. */
public interface LiveFeed {

    /** Starts listening; the listener is called on the UI thread until the connection is closed. */
    Connection connect(long sessionId, Listener listener);

    interface Listener {
        void onEvent(LiveEvent event);

        /** {@code detail} is a short human text, e.g. "retrying in 4 s". */
        void onStateChanged(State state, String detail);
    }

    interface Connection {
        /** Stops listening and any reconnect attempts. */
        void close();
    }

    enum State { CONNECTING, LIVE, RECONNECTING, CLOSED }
}
