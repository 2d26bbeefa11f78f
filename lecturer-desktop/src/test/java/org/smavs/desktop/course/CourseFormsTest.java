package org.smavs.desktop.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CourseStaffMember;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;

/** The pure parts of the Courses tab: the edit-course form, the meeting form and who may change a timetable. */
class CourseFormsTest {
    private static final Course CS101 = new Course(1, "CS101", "Algorithms", 7L, 30, UnenrolledCheckIns.FLAG, false,
            null, List.of(new CourseStaffMember(8, "Tess Assistant", CourseRole.TEACHING_ASSISTANT),
            new CourseStaffMember(9, "Cole Lecturer", CourseRole.LECTURER)));
    private static final Meeting TUESDAY = new Meeting(5, 1, 2, "09:15", 50, 3L, LocalDate.of(2027, 1, 5),
            LocalDate.of(2027, 3, 30), false, 12);

    @Test
    void aCourseEditSendsOnlyWhatChanged() {
        CourseForm form = new CourseForm("Algorithms", 7L, false, "10", UnenrolledCheckIns.FLAG);
        assertThat(form.problem()).isNull();
        assertThat(form.changesFrom(CS101)).isEqualTo(new UpdateCourseRequest(null, null, null, null, 10, null, null));

        Course ownRule = new Course(1, "CS101", "Algorithms", 7L, 30, UnenrolledCheckIns.FLAG, false, 10, List.of());
        CourseForm back = new CourseForm("Algorithms II", 7L, true, "", UnenrolledCheckIns.REFUSE);
        assertThat(back.changesFrom(ownRule)).isEqualTo(new UpdateCourseRequest("Algorithms II", null,
                UnenrolledCheckIns.REFUSE, null, null, true, null));
    }

    @Test
    void aLateRuleMustBeWholeMinutesInRange() {
        assertThat(new CourseForm("A", 7L, false, "ten", null).problem()).startsWith("Late after");
        assertThat(new CourseForm("A", 7L, false, "500", null).problem()).startsWith("Late after");
        assertThat(new CourseForm("A", 7L, true, "ten", null).problem()).as("ignored while the institution's rule is on")
                .isNull();
        assertThat(new CourseForm(" ", 7L, true, "", null).problem()).isEqualTo("Give the course a name.");
    }

    @Test
    void theLateRuleSaysWhoseRuleItIs() {
        assertThat(CourseForm.lateRuleText(CS101, 15)).isEqualTo("late after 15 min (the institution's rule)");
        Course own = new Course(1, "CS101", "A", 7L, 0, UnenrolledCheckIns.FLAG, false, 5, List.of());
        assertThat(CourseForm.lateRuleText(own, 15)).isEqualTo("late after 5 min (this course's rule)");
    }

    @Test
    void aMeetingFormChecksTimeDurationRoomAndDates() {
        MeetingForm ok = new MeetingForm(2, "9:15", "50", 3L, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 3, 30), false);
        assertThat(ok.problem()).isNull();
        assertThat(ok.request().startTime()).as("padded to HH:MM").isEqualTo("09:15");
        assertThat(new MeetingForm(2, "25:00", "50", 3L, ok.firstDate(), ok.lastDate(), false).problem())
                .startsWith("Start");
        assertThat(new MeetingForm(2, "09:15", "0", 3L, ok.firstDate(), ok.lastDate(), false).problem())
                .startsWith("Duration");
        assertThat(new MeetingForm(2, "09:15", "50", null, ok.firstDate(), ok.lastDate(), false).problem())
                .isEqualTo("Choose the room.");
        assertThat(new MeetingForm(2, "09:15", "50", 3L, ok.lastDate(), ok.firstDate(), false).problem())
                .isEqualTo("The last date is before the first.");
    }

    @Test
    void aMeetingEditNamesOnlyTheChangedFields() {
        MeetingForm moved = new MeetingForm(2, "10:15", "50", 3L, TUESDAY.firstDate(), TUESDAY.lastDate(), true);
        assertThat(moved.changesFrom(TUESDAY)).isEqualTo(new MeetingRequest(null, "10:15", null, null, null, null, true));
        assertThat(MeetingForm.of(TUESDAY).changesFrom(TUESDAY)).isNull();
    }

    @Test
    void teachingAssistantsSeeTheTimetableButLecturersAndAdminsChangeIt() {
        assertThat(CoursePart.of(CS101, Fixtures.user(7, "lead@x", Role.LECTURER), false)).isEqualTo(CoursePart.LEAD);
        assertThat(CoursePart.of(CS101, Fixtures.user(9, "co@x", Role.LECTURER), false)).isEqualTo(CoursePart.LECTURER);
        CoursePart assistant = CoursePart.of(CS101, Fixtures.user(8, "ta@x", Role.LECTURER), false);
        assertThat(assistant).isEqualTo(CoursePart.TEACHING_ASSISTANT);
        assertThat(assistant.changesTimetable()).isFalse();
        assertThat(CoursePart.of(CS101, Fixtures.user(1, "admin@x", Role.ADMIN), true).changesTimetable()).isTrue();
    }
}
