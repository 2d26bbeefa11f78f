package org.smavs.model.timetable;

import java.time.LocalDate;
import java.util.List;

/** POST /admin/terms, PATCH /admin/terms/{id} (fields left null unchanged in a PATCH). */
public record TermRequest(String name, LocalDate startsOn, LocalDate endsOn, List<LocalDate> holidays) {
}
