package org.smavs.model.kiosk;

import org.smavs.model.session.QrToken;
import org.smavs.model.session.Session;

/** GET /kiosk/current-session. {@code session} and {@code qr} are null when nothing runs in the room. */
public record KioskSession(Session session, QrToken qr, String courseName, String lecturerName, String roomName,
                           long liveCount) {
}
