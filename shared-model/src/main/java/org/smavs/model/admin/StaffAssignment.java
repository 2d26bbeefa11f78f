package org.smavs.model.admin;

/** A staff member as a course update names them: an account with the lecturer role, and its part in the course. */
public record StaffAssignment(Long userId, CourseRole role) {
}
