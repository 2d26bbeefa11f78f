package org.smavs.model.admin;

public record Course(long id, String code, String name, Long lecturerId, long enrolledCount,
                     UnenrolledCheckIns unenrolledCheckIns) {

    /** A course with the default rule for unenrolled students (flag for review). */
    public Course(long id, String code, String name, Long lecturerId, long enrolledCount) {
        this(id, code, name, lecturerId, enrolledCount, UnenrolledCheckIns.FLAG);
    }
}
