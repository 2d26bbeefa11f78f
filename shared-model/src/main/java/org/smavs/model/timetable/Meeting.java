package org.smavs.model.timetable;

import java.time.LocalDate;

/**
 * A weekly course meeting: {@code weekday} 1 = Monday … 7 = Sunday, {@code startTime} "HH:MM" in the institution's
 * time zone. {@code sessionsCreated}: the sessions it generated (dates already over and holidays are skipped).
 */
public record Meeting(long id, long courseId, int weekday, String startTime, int durationMinutes, Long roomId,
                      LocalDate firstDate, LocalDate lastDate, boolean requireFace, int sessionsCreated) {
}
