package org.smavs.model.session;

import org.smavs.model.attendance.AttendanceStatus;

/** A student enrolled in a session's course, with their record's status (null when they have none yet). */
public record SessionStudent(long studentId, String fullName, String studentNumber, AttendanceStatus status) {
}
