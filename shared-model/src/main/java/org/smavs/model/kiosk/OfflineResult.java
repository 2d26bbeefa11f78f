package org.smavs.model.kiosk;

import org.smavs.model.attendance.AttendanceRecord;

/** Per-item answer to an offline batch: the record, or why it could not be stored. */
public record OfflineResult(String idempotencyKey, AttendanceRecord record, String errorCode, String error) {
}
