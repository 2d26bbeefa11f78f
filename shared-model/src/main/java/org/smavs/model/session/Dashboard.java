package org.smavs.model.session;

import java.util.List;

public record Dashboard(long totalSessions, long activeSessions, long totalRecords, long flaggedPending,
                        double avgAttendanceRate, List<CourseStats> perCourse) {
    public Dashboard {
        perCourse = perCourse == null ? List.of() : List.copyOf(perCourse);
    }
}
