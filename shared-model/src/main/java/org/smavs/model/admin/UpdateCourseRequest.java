package org.smavs.model.admin;

import java.util.List;

/**
 * PATCH of a course: fields left out (null) keep their value. {@code staff}, when given, replaces the whole staff
 * list (an empty list removes everyone but the lead). {@code lateAfterMinutes} sets the course's own "late" rule;
 * {@code useInstitutionLateRule: true} drops it again.
 */
public record UpdateCourseRequest(String name, Long lecturerId, UnenrolledCheckIns unenrolledCheckIns, Boolean archived,
                                  Integer lateAfterMinutes, Boolean useInstitutionLateRule,
                                  List<StaffAssignment> staff) {
    public UpdateCourseRequest(String name, Long lecturerId, UnenrolledCheckIns unenrolledCheckIns) {
        this(name, lecturerId, unenrolledCheckIns, null, null, null, null);
    }
}
