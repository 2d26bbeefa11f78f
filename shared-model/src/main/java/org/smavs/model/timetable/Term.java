package org.smavs.model.timetable;

import java.time.LocalDate;
import java.util.List;

/** An academic term; no generated session falls on one of its holidays. */
public record Term(long id, String name, LocalDate startsOn, LocalDate endsOn, List<LocalDate> holidays) {
}
