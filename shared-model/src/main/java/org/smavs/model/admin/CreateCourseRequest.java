package org.smavs.model.admin;

public record CreateCourseRequest(String code, String name, Long lecturerId) {
}
