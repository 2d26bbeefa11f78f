package org.smavs.kiosk.checkin;

import org.smavs.model.attendance.AttendanceRecord;

/** What the result screen shows: the server's record, or "saved, will sync" when it was queued. */
public record CheckInOutcome(AttendanceRecord record, String studentName, boolean savedOffline) {
}
