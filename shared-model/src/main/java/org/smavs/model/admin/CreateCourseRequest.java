package org.smavs.model.admin;

/** {@code unenrolledCheckIns} may be left out: unenrolled students' check-ins are then flagged for review. */
public record CreateCourseRequest(String code, String name, Long lecturerId, UnenrolledCheckIns unenrolledCheckIns) {

    public CreateCourseRequest(String code, String name, Long lecturerId) {
        this(code, name, lecturerId, null);
    }
}
