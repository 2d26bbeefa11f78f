package org.smavs.desktop.course;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;

/**
 * The selected course's weekly meetings, from which the server creates the sessions. Lecturers and admins add,
 * change and remove meetings; a teaching assistant sees them only. Times are wall-clock times in the institution's
 * time zone, which admins can read from the settings (lecturers see "institution time").
 */
public final class TimetableViewModel {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final CourseBackend backend;
    private final CallStatus status;
    private final boolean admin;
    private final ObservableList<Meeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<Room> rooms = FXCollections.observableArrayList();
    private final ObjectProperty<Meeting> selected = new SimpleObjectProperty<>();
    private final BooleanProperty editable = new SimpleBooleanProperty(false);
    /** The institution's zone name when known (admins read the settings), else null. */
    private final StringProperty timeZone = new SimpleStringProperty();
    private final StringProperty roleNote = new SimpleStringProperty("");
    private boolean roomsLoaded;
    private Course course;

    public TimetableViewModel(CourseBackend backend, UiExecutor executor, boolean admin) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        this.admin = admin;
    }

    /** Shows {@code next}'s meetings, changeable when {@code part} may change the timetable. */
    public void show(Course next, CoursePart part) {
        boolean same = course != null && next != null && course.id() == next.id();
        course = next;
        editable.set(next != null && part.changesTimetable() && !next.archived());
        roleNote.set(next == null ? "" : next.archived() ? "The course is archived: its timetable is kept as it was."
                : part.changesTimetable() ? ""
                : "You are a " + part.label().toLowerCase(Locale.ROOT) + " here: you see the timetable; the course's "
                        + "lecturers change it.");
        if (!same) {
            reload();
        }
    }

    public void reload() {
        Course target = course;
        meetings.clear();
        selected.set(null);
        if (target == null) {
            return;
        }
        boolean withRooms = !roomsLoaded;
        status.load("load the timetable of " + target.code(), () -> new Loaded(sorted(backend.meetings(target.id())),
                withRooms ? backend.rooms() : null, withRooms && admin ? backend.settings().timezone() : null), loaded -> {
            if (loaded.rooms() != null) {
                rooms.setAll(loaded.rooms());
                roomsLoaded = true;
            }
            if (loaded.zone() != null) {
                timeZone.set(loaded.zone());
            }
            if (course != null && course.id() == target.id()) {
                meetings.setAll(loaded.meetings());
            }
        });
    }

    public void add(MeetingRequest request) {
        Course target = course;
        if (target == null) {
            return;
        }
        status.change("add the meeting", () -> backend.addMeeting(target.id(), request), added -> {
            meetings.setAll(sorted(concat(meetings, added)));
            selected.set(added);
            status.inform(describe(added) + " added: " + sessions(added.sessionsCreated()) + " created.");
        });
    }

    /** {@code change}: only what changed (see {@link MeetingForm#changesFrom}); null when nothing did. */
    public void updateSelected(MeetingRequest change) {
        Meeting target = selected.get();
        if (target == null) {
            return;
        }
        if (change == null) {
            status.inform("Nothing changed.");
            return;
        }
        status.change("change the meeting", () -> backend.updateMeeting(target.id(), change), changed -> {
            meetings.setAll(sorted(meetings.stream().map(m -> m.id() == changed.id() ? changed : m).toList()));
            selected.set(changed);
            status.inform(describe(changed) + " saved; sessions that had not started follow it.");
        });
    }

    public void removeSelected() {
        Meeting target = selected.get();
        if (target == null) {
            return;
        }
        status.change("remove the meeting", () -> {
            backend.deleteMeeting(target.id());
            return target;
        }, removed -> {
            meetings.removeIf(m -> m.id() == removed.id());
            selected.set(null);
            status.inform(describe(removed) + " removed; sessions already held stay.");
        });
    }

    /** Where the start times are: a lecturer cannot read the settings, so only an admin sees the zone's name. */
    public static String zoneText(String zone) {
        return zone == null || zone.isBlank() ? "Start times are the institution's local time."
                : "Start times are in the institution's time zone (" + zone + ").";
    }

    /** "Tuesday 09:15". */
    public static String describe(Meeting meeting) {
        return weekdayName(meeting.weekday()) + " " + meeting.startTime();
    }

    public static String weekdayName(int weekday) {
        return DayOfWeek.of(weekday).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** "5 Jan 2027 – 26 Mar 2027". */
    public static String dateRange(LocalDate first, LocalDate last) {
        return (first == null ? "…" : DATE.format(first)) + " – " + (last == null ? "…" : DATE.format(last));
    }

    public String roomName(Long roomId) {
        if (roomId == null) {
            return "–";
        }
        return rooms.stream().filter(room -> room.id() == roomId).map(Room::name).findFirst().orElse("room " + roomId);
    }

    private static String sessions(int count) {
        return count == 1 ? "1 session" : count + " sessions";
    }

    private static List<Meeting> concat(List<Meeting> list, Meeting extra) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(extra)).toList();
    }

    private static List<Meeting> sorted(List<Meeting> list) {
        return list.stream().sorted(Comparator.comparingInt(Meeting::weekday).thenComparing(Meeting::startTime)).toList();
    }

    public CallStatus status() { return status; }
    public ObservableList<Meeting> meetings() { return meetings; }
    public ObservableList<Room> rooms() { return rooms; }
    public ObjectProperty<Meeting> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty editableProperty() { return editable; }
    public ReadOnlyStringProperty timeZoneProperty() { return timeZone; }
    public ReadOnlyStringProperty roleNoteProperty() { return roleNote; }
    public Course course() { return course; }

    private record Loaded(List<Meeting> meetings, List<Room> rooms, String zone) {
    }
}
