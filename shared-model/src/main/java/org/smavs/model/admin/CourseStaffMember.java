package org.smavs.model.admin;

/** One member of a course's staff besides its lead lecturer ({@code Course.lecturerId}). */
public record CourseStaffMember(long userId, String fullName, CourseRole role) {
}
