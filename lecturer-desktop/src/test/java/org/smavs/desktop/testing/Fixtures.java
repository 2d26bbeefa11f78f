package org.smavs.desktop.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

/** Small builders for API records used across ViewModel tests. */
public final class Fixtures {
    public static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 14, 0, 0, 0, ZoneOffset.UTC);

    private Fixtures() {
    }

    public static Session session(long id, String title, SessionStatus status) {
        return session(id, title, status, NOW);
    }

    public static Session session(long id, String title, SessionStatus status, OffsetDateTime startsAt) {
        return new Session(id, title, null, 7, "CODE" + id, status, startsAt, startsAt.plusHours(1), null, null, null,
                false, null, 0, 0);
    }

    public static Session withCounts(Session s, long attendance, long flagged) {
        return new Session(s.id(), s.title(), s.courseId(), s.lecturerId(), s.code(), s.status(), s.startsAt(),
                s.endsAt(), s.latitude(), s.longitude(), s.radiusM(), s.requireFace(), s.roomId(), attendance, flagged);
    }

    public static Session withStatus(Session s, SessionStatus status) {
        return new Session(s.id(), s.title(), s.courseId(), s.lecturerId(), s.code(), status, s.startsAt(),
                s.endsAt(), s.latitude(), s.longitude(), s.radiusM(), s.requireFace(), s.roomId(), s.attendanceCount(),
                s.flaggedCount());
    }

    public static AttendanceRecord record(long id, long sessionId, AttendanceStatus status, int risk,
                                          ReasonCode... reasons) {
        return new AttendanceRecord(id, sessionId, 100 + id, status, List.of(reasons), risk, 0.8, 0.9, 12.0, true,
                AttendanceSource.MOBILE, NOW.plusSeconds(id), null, null, null, "Student " + id, "S" + id);
    }

    public static User user(long id, String email, Role role) {
        return new User(id, email, "Name " + id, role, true, null, NOW, false, false);
    }
}
