package org.smavs.desktop.review;

import java.util.List;
import java.util.Optional;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.session.Session;

/** What flag review needs from the server (blocking calls; run them through the UiExecutor). */
public interface ReviewBackend {
    List<Session> sessions();

    List<AttendanceRecord> flagged(long sessionId);

    AttendanceRecord confirm(long recordId, String note);

    AttendanceRecord reject(long recordId, String note);

    /** The record's selfie, or empty when the server has none (404). */
    Optional<byte[]> selfie(long recordId);

    /** The student's enrolled reference photo, or empty when they have none (404). */
    Optional<byte[]> referencePhoto(long studentId);
}
