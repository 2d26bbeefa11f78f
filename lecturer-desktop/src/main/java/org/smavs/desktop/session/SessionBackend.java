package org.smavs.desktop.session;

import java.util.List;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;

/** What the session screens need from the server (blocking calls; run them through the UiExecutor). */
public interface SessionBackend {
    List<Session> sessions();

    Session session(long id);

    List<Course> courses();

    /** Rooms a session can be held in (a kiosk in the room then shows the session). */
    List<Room> rooms();

    Session create(CreateSessionRequest request);

    Session close(long id);

    Session expire(long id);

    Session regenerate(long id);

    /** Cancels a session that has not started (it is then never held). */
    Session cancel(long id);

    QrToken qr(long id);

    List<AttendanceRecord> attendance(long sessionId);

    /** Students of the session's course (and anyone with a record), with their status, for manual marking. */
    List<SessionStudent> students(long sessionId);

    AttendanceRecord markManually(long sessionId, ManualMarkRequest request);
}
