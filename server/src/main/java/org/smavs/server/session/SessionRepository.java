package org.smavs.server.session;

import java.time.Instant;
import java.util.List;
import org.hibernate.Session;
import org.smavs.server.course.CourseStaff;

/** Queries on sessions. */
public final class SessionRepository {

    /** Newest first: every session for an admin (null), else those the lecturer created or whose course they teach. */
    public List<SessionEntity> listFor(Session session, Long lecturerId, int offset, int limit) {
        if (lecturerId == null) {
            return session.createSelectionQuery("from SessionEntity s order by s.startsAt desc, s.id desc",
                    SessionEntity.class).setFirstResult(offset).setMaxResults(limit).getResultList();
        }
        return session.createNativeQuery("SELECT s.* FROM attendance_sessions s WHERE s.lecturer_id = :staff OR "
                        + CourseStaff.teaches("s.course_id") + " ORDER BY s.starts_at DESC, s.id DESC", SessionEntity.class)
                .setParameter("staff", lecturerId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The session a typed code opens right now. Old, ended sessions may share a code, so only sessions that
     * have not ended by the clock or by a decision are candidates; the newest wins.
     */
    public SessionEntity findOpenByCode(Session session, String code, Instant now) {
        return session.createSelectionQuery("from SessionEntity s where s.code = :code and s.storedState = :open "
                        + "and s.endsAt > :now order by s.id desc", SessionEntity.class)
                .setParameter("code", code).setParameter("open", SessionEntity.OPEN).setParameter("now", now)
                .setMaxResults(1).getSingleResultOrNull();
    }

    public boolean codeInUse(Session session, String code, Instant now) {
        return findOpenByCode(session, code, now) != null;
    }

    public String courseCode(Session session, long courseId) {
        return session.createNativeQuery("SELECT code FROM courses WHERE id = :id", String.class).setParameter("id", courseId)
                .getSingleResult();
    }

    /**
     * Takes the room's row lock for the rest of the transaction, so two bookings of one room are decided one after
     * the other. The room's latitude, longitude and radius, or null when there is no such room.
     */
    public double[] lockRoom(Session session, long roomId) {
        Object[] row = session.createNativeQuery("SELECT latitude, longitude, radius_m FROM rooms WHERE id = :id FOR UPDATE",
                Object[].class).setParameter("id", roomId).getSingleResultOrNull();
        if (row == null) {
            return null;
        }
        return new double[] {((Number) row[0]).doubleValue(), ((Number) row[1]).doubleValue(),
                ((Number) row[2]).doubleValue()};
    }

    /** Sessions still open in the room whose time window overlaps [startsAt, endsAt). */
    public List<SessionEntity> openInRoomDuring(Session session, long roomId, Instant startsAt, Instant endsAt) {
        return session.createSelectionQuery("from SessionEntity s where s.roomId = :room and s.storedState = :open "
                        + "and s.startsAt < :ends and s.endsAt > :starts order by s.startsAt", SessionEntity.class)
                .setParameter("room", roomId).setParameter("open", SessionEntity.OPEN).setParameter("starts", startsAt)
                .setParameter("ends", endsAt).getResultList();
    }


    private static long count(Session session, String sql, long id) {
        return session.createNativeQuery(sql, Long.class).setParameter("id", id).getSingleResult();
    }
}
