package org.smavs.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingDatesTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void everyWeekdayInTheRangeExceptHolidays() {
        assertThat(MeetingDates.dates(1, LocalDate.parse("2027-03-10"), LocalDate.parse("2027-04-05"),
                Set.of(LocalDate.parse("2027-03-29"))))
                .containsExactly(LocalDate.parse("2027-03-15"), LocalDate.parse("2027-03-22"),
                        LocalDate.parse("2027-04-05"));
        assertThat(MeetingDates.dates(7, LocalDate.parse("2027-03-15"), LocalDate.parse("2027-03-20"), Set.of()))
                .isEmpty();
    }

    @Test
    void aNineOClockLectureStaysAtNineAcrossBothDaylightSavingChanges() {
        LocalTime nine = LocalTime.of(9, 0);
        assertThat(MeetingDates.start(LocalDate.parse("2027-03-22"), nine, LONDON))
                .isEqualTo(Instant.parse("2027-03-22T09:00:00Z")); // GMT
        assertThat(MeetingDates.start(LocalDate.parse("2027-04-05"), nine, LONDON))
                .isEqualTo(Instant.parse("2027-04-05T08:00:00Z")); // BST
        assertThat(MeetingDates.start(LocalDate.parse("2027-11-01"), nine, LONDON))
                .isEqualTo(Instant.parse("2027-11-01T09:00:00Z")); // GMT again
    }

    @Test
    void aTimeSkippedOrRepeatedByTheClockChangeIsStillOneDefinedInstant() {
        // 01:30 does not exist on 2027-03-28 in London: moved forward by the gap (02:30 BST = 01:30 UTC)
        assertThat(MeetingDates.start(LocalDate.parse("2027-03-28"), LocalTime.of(1, 30), LONDON))
                .isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        // 01:30 happens twice on 2027-10-31: the earlier (BST) one
        assertThat(MeetingDates.start(LocalDate.parse("2027-10-31"), LocalTime.of(1, 30), LONDON))
                .isEqualTo(Instant.parse("2027-10-31T00:30:00Z"));
    }
}
