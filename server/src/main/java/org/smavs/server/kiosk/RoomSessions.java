package org.smavs.server.kiosk;

import java.time.Instant;
import org.hibernate.Session;
import org.smavs.server.session.SessionEntity;

/** Finds the session running in a kiosk's room. */
final class RoomSessions {
    private RoomSessions() {
    }

    /** The open session of the room whose time window contains {@code at}; the latest-starting one if several. */
    static SessionEntity runningAt(Session session, long roomId, Instant at) {
        return session.createSelectionQuery("from SessionEntity s where s.roomId = :room and s.storedState = :open "
                        + "and s.startsAt <= :at and s.endsAt > :at order by s.startsAt desc", SessionEntity.class)
                .setParameter("room", roomId).setParameter("open", SessionEntity.OPEN).setParameter("at", at)
                .setMaxResults(1).getSingleResultOrNull();
    }

    /** The session {@code sessionId} if it belongs to the room and {@code at} lies in its time window. */
    static SessionEntity inRoomAt(Session session, long sessionId, long roomId, Instant at) {
        SessionEntity target = session.find(SessionEntity.class, sessionId);
        if (target == null || target.getRoomId() == null || target.getRoomId() != roomId) {
            return null;
        }
        boolean endedEarlier = target.getClosedAt() != null && !at.isBefore(target.getClosedAt());
        if (at.isBefore(target.getStartsAt()) || !at.isBefore(target.getEndsAt()) || endedEarlier) {
            return null;
        }
        return target;
    }
}
