package org.smavs.model.attendance;

public record SetStatusRequest(AttendanceStatus status, String note) {
}
