package org.smavs.desktop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;

class TimetableViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final Course cs101 = new Course(1, "CS101", "Algorithms", 7L, 30);
    private final MeetingRequest tuesday = new MeetingRequest(2, "09:15", 50, 3L, LocalDate.of(2027, 1, 5),
            LocalDate.of(2027, 3, 30), false);

    @Test
    void aLecturerAddsEditsAndRemovesAMeeting() {
        backend.roomList.add(new Room(3, "LT-2", "Main", 51.75, -1.25, 60));
        TimetableViewModel model = new TimetableViewModel(backend, new DirectUiExecutor(), false);
        model.show(cs101, CoursePart.LEAD);
        assertThat(model.editableProperty().get()).isTrue();
        assertThat(model.timeZoneProperty().get()).as("lecturers cannot read the settings").isNull();
        assertThat(TimetableViewModel.zoneText(null)).isEqualTo("Start times are the institution's local time.");

        model.add(tuesday);
        assertThat(model.meetings()).hasSize(1);
        assertThat(model.roomName(model.meetings().get(0).roomId())).isEqualTo("LT-2");
        assertThat(model.status().infoProperty().get()).isEqualTo("Tuesday 09:15 added: 12 sessions created.");

        model.updateSelected(new MeetingRequest(null, "10:15", null, null, null, null, null));
        assertThat(model.meetings()).extracting(Meeting::startTime).containsExactly("10:15");
        assertThat(model.status().infoProperty().get()).contains("sessions that had not started follow it");

        model.removeSelected();
        assertThat(model.meetings()).isEmpty();
        assertThat(backend.calls).contains("deleteMeeting 500");
        assertThat(model.status().infoProperty().get()).contains("sessions already held stay");
    }

    @Test
    void aTeachingAssistantSeesTheTimetableReadOnly() {
        TimetableViewModel model = new TimetableViewModel(backend, new DirectUiExecutor(), false);
        model.show(cs101, CoursePart.TEACHING_ASSISTANT);
        assertThat(model.editableProperty().get()).isFalse();
        assertThat(model.roleNoteProperty().get()).startsWith("You are a teaching assistant here");
    }

    @Test
    void adminsSeeTheInstitutionsTimeZone() {
        backend.settings = new Settings(0.5, 0.6, 15, 1, 30, 80, 10, "Europe/London");
        TimetableViewModel model = new TimetableViewModel(backend, new DirectUiExecutor(), true);
        model.show(cs101, CoursePart.ADMIN);
        assertThat(TimetableViewModel.zoneText(model.timeZoneProperty().get()))
                .isEqualTo("Start times are in the institution's time zone (Europe/London).");
        assertThat(TimetableViewModel.dateRange(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 30)))
                .isEqualTo("5 Jan 2027 – 30 Mar 2027");
    }

    @Test
    void aFailedChangeSaysWhyAndKeepsTheList() {
        TimetableViewModel model = new TimetableViewModel(backend, new DirectUiExecutor(), false);
        model.show(cs101, CoursePart.LECTURER);
        backend.failWith(403, "forbidden");
        model.add(tuesday);
        assertThat(model.meetings()).isEmpty();
        assertThat(model.status().error()).isEqualTo("Could not add the meeting. Your account is not allowed to do this.");
    }
}
