package org.smavs.desktop.course;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.smavs.desktop.shell.FormDialog;
import org.smavs.model.admin.Room;
import org.smavs.model.timetable.Meeting;

/**
 * Adds or edits a weekly meeting. The form says which clock the times are on (the institution's, not this
 * computer's), and when editing, that only the sessions that have not started move.
 */
final class MeetingDialog {
    private MeetingDialog() {
    }

    /** {@code existing}: the meeting to edit, or null for a new one starting {@code today}. */
    static FormDialog<MeetingForm> open(String courseCode, Meeting existing, List<Room> rooms, String timeZone,
                                        LocalDate today) {
        boolean editing = existing != null;
        FormDialog<MeetingForm> form = new FormDialog<>(editing ? "Edit meeting" : "Add meeting", editing
                ? "Change a weekly meeting of " + courseCode : "A session of " + courseCode + " every week");
        ChoiceBox<Integer> weekday = form.add("Weekday", new ChoiceBox<>());
        weekday.setId("meetingWeekday");
        weekday.getItems().setAll(IntStream.rangeClosed(1, 7).boxed().toList());
        weekday.setConverter(FormDialog.named(TimetableViewModel::weekdayName, ""));
        TextField start = form.text("meetingStart", "Start (HH:MM)", "e.g. 09:15");
        form.note("meetingZone", TimetableViewModel.zoneText(timeZone) + " This computer's clock does not matter.");
        TextField duration = form.text("meetingDuration", "Duration (min)", "e.g. 50");
        ComboBox<Room> room = form.add("Room", new ComboBox<>());
        room.setId("meetingRoom");
        room.getItems().setAll(rooms);
        room.setMaxWidth(Double.MAX_VALUE);
        room.setConverter(FormDialog.named(r -> r.name() + (r.building() == null || r.building().isBlank() ? ""
                : ", " + r.building()), ""));
        room.setPlaceholder(new Label("No rooms set up yet (Admin → Rooms & kiosks)."));
        DatePicker first = form.add("First date", new DatePicker());
        first.setId("meetingFirstDate");
        DatePicker last = form.add("Last date", new DatePicker());
        last.setId("meetingLastDate");
        CheckBox face = form.add("", new CheckBox("Require a face match (selfie)"));
        face.setId("meetingFace");
        form.note("meetingEffect", editing ? "Only sessions that have not started change; sessions already held or "
                + "under way stay as they were." : "Sessions are created at once for every week from the first to "
                + "the last date; term holidays and dates already over are skipped.");
        if (editing) {
            weekday.setValue(existing.weekday());
            start.setText(existing.startTime());
            duration.setText(Integer.toString(existing.durationMinutes()));
            rooms.stream().filter(r -> existing.roomId() != null && r.id() == existing.roomId()).findFirst()
                    .ifPresent(room::setValue);
            first.setValue(existing.firstDate());
            last.setValue(existing.lastDate());
            face.setSelected(existing.requireFace());
        } else {
            duration.setText("60");
            first.setValue(today);
            last.setValue(today.plusWeeks(11));
        }
        Supplier<MeetingForm> typed = () -> new MeetingForm(weekday.getValue(), start.getText(), duration.getText(),
                room.getValue() == null ? null : room.getValue().id(), first.getValue(), last.getValue(),
                face.isSelected());
        form.complete(editing ? "editMeetingOk" : "addMeetingOk", () -> typed.get().problem(), typed,
                weekday.valueProperty(), start.textProperty(), duration.textProperty(), room.valueProperty(),
                first.valueProperty(), last.valueProperty(), face.selectedProperty());
        return form;
    }
}
