package org.smavs.server.session;

import java.time.Instant;
import java.time.ZoneOffset;
import org.hibernate.Session;

/** Maps a session row to the API's {@link org.smavs.model.session.Session}, with its live counts. */
public final class SessionMapper {

    public org.smavs.model.session.Session toModel(Session session, SessionEntity e, Instant now) {
        Object[] counts = (Object[]) session.createNativeQuery("SELECT "
                        + "COALESCE(SUM(CASE WHEN status IN ('PRESENT','FLAGGED','EXCUSED') THEN 1 ELSE 0 END), 0), "
                        + "COALESCE(SUM(CASE WHEN status = 'FLAGGED' THEN 1 ELSE 0 END), 0) "
                        + "FROM attendance_records WHERE session_id = :id", Object[].class)
                .setParameter("id", e.getId()).getSingleResult();
        return new org.smavs.model.session.Session(e.getId(), e.getTitle(), e.getCourseId(), e.getLecturerId(),
                e.getCode(), e.statusAt(now), e.getStartsAt().atOffset(ZoneOffset.UTC),
                e.getEndsAt().atOffset(ZoneOffset.UTC), e.getLatitude(), e.getLongitude(), e.getRadiusM(),
                e.isRequireFace(), e.getRoomId(), ((Number) counts[0]).longValue(), ((Number) counts[1]).longValue());
    }
}
