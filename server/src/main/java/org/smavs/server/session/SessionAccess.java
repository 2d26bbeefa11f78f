package org.smavs.server.session;

import org.hibernate.Session;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.NotFoundException;

/**
 * Who may see a session: its lecturer and admins. Anyone else gets the same 404 as for an id that does
 * not exist (so ids cannot be probed), and the attempt is audited.
 */
public final class SessionAccess {
    private final AuditLog audit;

    public SessionAccess(AuditLog audit) {
        this.audit = audit;
    }

    public SessionEntity requireVisible(Session session, long sessionId, Actor actor) {
        SessionEntity entity = session.find(SessionEntity.class, sessionId);
        if (entity == null) {
            throw notFound(sessionId);
        }
        if (!canSee(entity, actor)) {
            // Its own transaction: the caller's is rolled back by the 404 that follows.
            audit.record(actor, "access.denied", "session", sessionId, "not the session's lecturer");
            throw notFound(sessionId);
        }
        return entity;
    }

    public static boolean canSee(SessionEntity entity, Actor actor) {
        return actor.isAdmin() || actor.userId() != null && actor.userId() == entity.getLecturerId();
    }

    private static NotFoundException notFound(long sessionId) {
        return new NotFoundException("No session with id " + sessionId);
    }
}
