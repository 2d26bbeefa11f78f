package org.smavs.model.attendance;

import org.smavs.model.session.Session;

/** A push on the lecturer's live WebSocket: {@code type} is "record", "flag" or "session". */
public record LiveEvent(String type, AttendanceRecord record, Session session) {
}
