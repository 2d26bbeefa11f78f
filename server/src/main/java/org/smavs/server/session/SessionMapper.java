package org.smavs.server.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/** Maps a session row to the API's {@link org.smavs.model.session.Session}, with its live counts. */
public final class SessionMapper {

    private static final String COUNTS = "SELECT session_id, "
            + "COALESCE(SUM(CASE WHEN status IN ('PRESENT','FLAGGED','EXCUSED') THEN 1 ELSE 0 END), 0), "
            + "COALESCE(SUM(CASE WHEN status = 'FLAGGED' THEN 1 ELSE 0 END), 0) "
            + "FROM attendance_records WHERE session_id IN (:ids) GROUP BY session_id";

    public org.smavs.model.session.Session toModel(Session session, SessionEntity e, Instant now) {
        return toModels(session, List.of(e), now).get(0);
    }

    /** A page of sessions with their counts, in one query whatever the page's length. */
    public List<org.smavs.model.session.Session> toModels(Session session, List<SessionEntity> page, Instant now) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : session.createNativeQuery(COUNTS, Object[].class)
                .setParameterList("ids", page.stream().map(SessionEntity::getId).toList()).getResultList()) {
            counts.put(((Number) row[0]).longValue(), new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()});
        }
        return page.stream().map(e -> {
            long[] count = counts.getOrDefault(e.getId(), new long[2]);
            return new org.smavs.model.session.Session(e.getId(), e.getTitle(), e.getCourseId(), e.getLecturerId(),
                    e.getCode(), e.statusAt(now), e.getStartsAt().atOffset(ZoneOffset.UTC),
                    e.getEndsAt().atOffset(ZoneOffset.UTC), e.getLatitude(), e.getLongitude(), e.getRadiusM(),
                    e.isRequireFace(), e.getRoomId(), count[0], count[1]);
        }).toList();
    }
}
