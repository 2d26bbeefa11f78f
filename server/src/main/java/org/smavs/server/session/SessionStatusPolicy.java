package org.smavs.server.session;

import java.time.Instant;
import org.smavs.model.session.SessionStatus;

/** Derives the status a session shows from what was decided about it and the current time. */
public final class SessionStatusPolicy {
    /** The stored decisions: a lecturer ended the session, or it was ended as expired. */
    public static final String CLOSED = "closed";
    public static final String EXPIRED = "expired";
    /** Called off before it started: never held, nobody is absent from it. */
    public static final String CANCELLED = "cancelled";

    private SessionStatusPolicy() {
    }

    /**
     * Closed and expired are final decisions. An open session is scheduled before its start, active until
     * its end, and expired after it (it ran out of time without anyone closing it).
     */
    public static SessionStatus status(String storedState, Instant startsAt, Instant endsAt, Instant now) {
        if (CANCELLED.equals(storedState)) {
            return SessionStatus.CANCELLED;
        }
        if (CLOSED.equals(storedState)) {
            return SessionStatus.CLOSED;
        }
        if (EXPIRED.equals(storedState) || !now.isBefore(endsAt)) {
            return SessionStatus.EXPIRED;
        }
        return now.isBefore(startsAt) ? SessionStatus.SCHEDULED : SessionStatus.ACTIVE;
    }

    public static boolean hasEnded(SessionStatus status) {
        return status == SessionStatus.CLOSED || status == SessionStatus.EXPIRED;
    }
}
