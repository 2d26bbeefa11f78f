package org.smavs.model.attendance;

public record ManualMarkRequest(Long studentId, AttendanceStatus status, String note) {
}
