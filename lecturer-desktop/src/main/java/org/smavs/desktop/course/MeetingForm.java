package org.smavs.desktop.course;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;

/**
 * The weekly-meeting form as typed. {@link #problem()} says in words what keeps it from being sent;
 * {@link #request()} is a new meeting, {@link #changesFrom(Meeting)} an edit naming only what changed (the server
 * moves the meeting's sessions that have not started; sending unchanged fields would be noise in its audit log).
 */
public record MeetingForm(Integer weekday, String startTime, String durationMinutes, Long roomId, LocalDate firstDate,
                          LocalDate lastDate, boolean requireFace) {
    /** A "meeting" longer than a working day is a typing mistake. */
    static final int MAX_DURATION_MINUTES = 600;

    public static MeetingForm of(Meeting meeting) {
        return new MeetingForm(meeting.weekday(), meeting.startTime(), Integer.toString(meeting.durationMinutes()),
                meeting.roomId(), meeting.firstDate(), meeting.lastDate(), meeting.requireFace());
    }

    public String problem() {
        if (weekday == null || weekday < 1 || weekday > 7) {
            return "Choose the weekday.";
        }
        if (start() == null) {
            return "Start: the time as HH:MM, e.g. 09:15.";
        }
        Integer minutes = duration();
        if (minutes == null || minutes < 5 || minutes > MAX_DURATION_MINUTES) {
            return "Duration: minutes from 5 to " + MAX_DURATION_MINUTES + ".";
        }
        if (roomId == null) {
            return "Choose the room.";
        }
        if (firstDate == null || lastDate == null) {
            return "Choose the first and the last date.";
        }
        if (lastDate.isBefore(firstDate)) {
            return "The last date is before the first.";
        }
        return null;
    }

    public MeetingRequest request() {
        return new MeetingRequest(weekday, startText(), duration(), roomId, firstDate, lastDate, requireFace);
    }

    /** Null when nothing changed. */
    public MeetingRequest changesFrom(Meeting meeting) {
        MeetingRequest change = new MeetingRequest(
                weekday == meeting.weekday() ? null : weekday,
                startText().equals(meeting.startTime()) ? null : startText(),
                duration() == meeting.durationMinutes() ? null : duration(),
                Objects.equals(roomId, meeting.roomId()) ? null : roomId,
                firstDate.equals(meeting.firstDate()) ? null : firstDate,
                lastDate.equals(meeting.lastDate()) ? null : lastDate,
                requireFace == meeting.requireFace() ? null : requireFace);
        return change.equals(new MeetingRequest(null, null, null, null, null, null, null)) ? null : change;
    }

    /** "9:05" and "09:05" are the same time; the server reads "HH:MM". */
    private String startText() {
        LocalTime time = start();
        return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    private LocalTime start() {
        String text = startTime == null ? "" : startTime.strip();
        if (!text.matches("\\d{1,2}:\\d{2}")) {
            return null;
        }
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private Integer duration() {
        try {
            return Integer.valueOf(durationMinutes == null ? "" : durationMinutes.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
