package org.smavs.desktop.session;

import java.util.List;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;

/** What the session screens need from the server (blocking calls; run them through the UiExecutor). */
public interface SessionBackend {
    List<Session> sessions();

    Session session(long id);

    List<Course> courses();

    /** Rooms the caller may pick; empty when the caller's role cannot list rooms. */
    List<Room> rooms();

    Session create(CreateSessionRequest request);

    Session close(long id);

    Session expire(long id);

    Session regenerate(long id);

    QrToken qr(long id);

    List<AttendanceRecord> attendance(long sessionId);

    AttendanceRecord markManually(long sessionId, ManualMarkRequest request);
}
