package org.smavs.model.admin;

/** PATCH of a course: fields left out (null) keep their value. */
public record UpdateCourseRequest(String name, Long lecturerId, UnenrolledCheckIns unenrolledCheckIns) {
}
