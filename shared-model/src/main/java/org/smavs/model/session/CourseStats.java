package org.smavs.model.session;

public record CourseStats(Long courseId, String courseCode, String courseName, long sessions, long records,
                          double attendanceRate) {
}
