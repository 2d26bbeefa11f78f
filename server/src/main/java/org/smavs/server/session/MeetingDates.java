package org.smavs.server.session;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * When a weekly meeting takes place: every {@code weekday} from the first to the last date, holidays left out,
 * each at the same wall-clock time in the institution's time zone — so a 09:00 lecture stays at 09:00 across a
 * daylight-saving change (its UTC instant moves by the hour). A time that does not exist on a spring-forward day is
 * moved forward by the gap; an ambiguous autumn time takes the earlier (summer) offset.
 */
public final class MeetingDates {
    private MeetingDates() {
    }

    /** The dates of the meeting, in order. {@code weekday} 1 = Monday … 7 = Sunday (ISO). */
    public static List<LocalDate> dates(int weekday, LocalDate first, LocalDate last, Set<LocalDate> holidays) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = first.with(TemporalAdjusters.nextOrSame(DayOfWeek.of(weekday)));
             !date.isAfter(last); date = date.plusWeeks(1)) {
            if (!holidays.contains(date)) {
                dates.add(date);
            }
        }
        return dates;
    }

    /** The instant a meeting on {@code date} at {@code time} starts in {@code zone}. */
    public static Instant start(LocalDate date, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }
}
