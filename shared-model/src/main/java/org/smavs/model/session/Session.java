package org.smavs.model.session;

import java.time.OffsetDateTime;

public record Session(long id, String title, Long courseId, long lecturerId, String code, SessionStatus status,
                      OffsetDateTime startsAt, OffsetDateTime endsAt, Double latitude, Double longitude,
                      Double radiusM, boolean requireFace, Long roomId, long attendanceCount, long flaggedCount) {
}
