package org.smavs.model.timetable;

import java.time.LocalDate;

/** POST /lecturers/courses/{id}/meetings. */
public record MeetingRequest(Integer weekday, String startTime, Integer durationMinutes, Long roomId,
                             LocalDate firstDate, LocalDate lastDate, Boolean requireFace) {
}
