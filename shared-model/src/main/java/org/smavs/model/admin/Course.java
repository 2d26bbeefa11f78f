package org.smavs.model.admin;

public record Course(long id, String code, String name, Long lecturerId, long enrolledCount) {
}
