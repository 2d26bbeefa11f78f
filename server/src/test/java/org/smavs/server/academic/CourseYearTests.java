package org.smavs.server.academic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CourseStaffMember;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.StaffAssignment;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.admin.UpdateRoomRequest;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.UpdateProfileRequest;
import org.smavs.model.auth.User;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;
import org.smavs.model.session.UpdateSessionRequest;
import org.smavs.model.timetable.Meeting;
import org.smavs.model.timetable.MeetingRequest;
import org.smavs.model.timetable.TermRequest;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * A course over a year, over HTTP: editing and archiving, co-lecturers and teaching assistants (who review and mark
 * but do not change the timetable), enrolment one by one and by CSV, un-enrolment, rooms, a weekly meeting whose
 * future sessions follow its changes (with an injected clock, in a daylight-saving time zone), a course's own
 * "late" rule and the user's notification preference.
 */
abstract class CourseYearTests {
    private static final double LAT = 51.5;
    private static final double LON = -0.12;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final MutableClock clock = MutableClock.startingNow();
    private TestServer server;
    private ApiClient admin;
    private ApiClient lecturer;
    private Course course;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void start() {
        server = TestServer.start(kind(), config -> config, clock);
        admin = server.admin();
        lecturer = server.lecturer();
        course = lecturer.lecturer().courses().get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void anAdminStaffsArchivesAndUnarchivesACourse() {
        User assistant = newLecturer("Tara Assistant");
        User colleague = newLecturer("Colin Colleague");
        Course staffed = admin.admin().updateCourse(course.id(), staff(
                new StaffAssignment(assistant.id(), CourseRole.TEACHING_ASSISTANT),
                new StaffAssignment(colleague.id(), CourseRole.LECTURER)));
        assertThat(staffed.staff()).extracting(CourseStaffMember::fullName, CourseStaffMember::role)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Tara Assistant", CourseRole.TEACHING_ASSISTANT),
                        org.assertj.core.groups.Tuple.tuple("Colin Colleague", CourseRole.LECTURER));
        assertThat(signIn(colleague).lecturer().courses()).filteredOn(c -> c.id() == course.id()).singleElement()
                .extracting(Course::lecturerName).isEqualTo(lecturer.auth().me().fullName());
        assertThat(signIn(assistant).lecturer().courses()).extracting(Course::id).containsExactly(course.id());

        User student = server.newStudent("Stu Dent").auth().me();
        assertRefused(() -> admin.admin().updateCourse(course.id(), staff(new StaffAssignment(student.id(),
                CourseRole.LECTURER))), 422);
        assertRefused(() -> admin.admin().updateCourse(course.id(), staff(new StaffAssignment(course.lecturerId(),
                CourseRole.TEACHING_ASSISTANT))), 422);
        assertRefused(() -> admin.admin().updateCourse(course.id(), staff(new StaffAssignment(colleague.id(),
                CourseRole.LECTURER), new StaffAssignment(colleague.id(), CourseRole.TEACHING_ASSISTANT))), 422);
        assertThat(admin.admin().updateCourse(course.id(), staff()).staff()).isEmpty();
        assertThat(signIn(assistant).lecturer().courses()).isEmpty();

        Course archived = admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, true, null,
                null, null));
        assertThat(archived.archived()).isTrue();
        assertThat(admin.admin().courses()).filteredOn(c -> c.id() == course.id()).singleElement()
                .extracting(Course::archived).isEqualTo(true);
        ApiException refused = assertRefused(() -> lecturer.lecturer().createSession(new CreateSessionRequest("Extra",
                course.id(), 60, LAT, LON, 50.0, null, false, null, null)), 422);
        assertThat(refused.getMessage()).contains("archived");
        admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, false, null, null, null));
        assertThat(lecturer.lecturer().createSession(new CreateSessionRequest("Extra", course.id(), 60, LAT, LON, 50.0,
                null, false, null, null)).courseId()).isEqualTo(course.id());
    }

    @Test
    void aTeachingAssistantReviewsAndMarksButDoesNotChangeTheTimetable() {
        User assistantUser = newLecturer("Tomas Assistant");
        User colleagueUser = newLecturer("Cleo Colleague");
        admin.admin().updateCourse(course.id(), staff(new StaffAssignment(assistantUser.id(),
                CourseRole.TEACHING_ASSISTANT), new StaffAssignment(colleagueUser.id(), CourseRole.LECTURER)));
        ApiClient assistant = signIn(assistantUser);
        ApiClient colleague = signIn(colleagueUser);
        ApiClient outsider = signIn(newLecturer("Otto Outsider"));
        User student = server.newStudent("Marked Student").auth().me();
        admin.admin().enrol(course.id(), List.of(student.id()));
        Session lecture = lecturer.lecturer().createSession(new CreateSessionRequest("Week 5", course.id(), 60, LAT, LON,
                50.0, null, false, null, null));

        assertThat(assistant.lecturer().sessions()).extracting(Session::id).contains(lecture.id());
        assertThat(assistant.lecturer().courseStudents(course.id())).extracting(User::id).contains(student.id());
        AttendanceRecord marked = assistant.lecturer().markManually(lecture.id(), new ManualMarkRequest(student.id(),
                AttendanceStatus.PRESENT, "seen at the front"));
        assertThat(marked.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(assistant.lecturer().meetings(course.id())).isEmpty();

        assertRefused(() -> assistant.lecturer().updateSession(lecture.id(), new UpdateSessionRequest("Renamed", null,
                null, null)), 403);
        assertRefused(() -> assistant.lecturer().cancelSession(lecture.id()), 403);
        assertRefused(() -> assistant.lecturer().addMeeting(course.id(), weekly(1, "09:00")), 403);
        assertRefused(() -> assistant.lecturer().createSession(new CreateSessionRequest("Mine", course.id(), 60, LAT,
                LON, 50.0, null, false, null, null)), 403);
        assertThat(colleague.lecturer().updateSession(lecture.id(), new UpdateSessionRequest("Week 5 (renamed)", null,
                null, null)).title()).isEqualTo("Week 5 (renamed)");

        assertRefused(() -> outsider.lecturer().attendance(lecture.id()), 404);
        assertRefused(() -> outsider.lecturer().courseStudents(course.id()), 404);
        assertThat(outsider.lecturer().sessions()).extracting(Session::id).doesNotContain(lecture.id());
    }

    @Test
    void studentsAreEnrolledOneByOneOrByCsvAndTakenOff() {
        String number = "S" + (System.nanoTime() % 10_000_000);
        User ana = admin.admin().createUser(new CreateUserRequest("ana." + number + "@uni.test", "student-pass-1",
                "Ana Ahn", Role.STUDENT, number, null));
        User ben = server.newStudent("Ben Bo").auth().me();
        User lecturerUser = lecturer.auth().me();
        Course fresh = admin.admin().createCourse(new CreateCourseRequest("CS2" + (System.nanoTime() % 1000),
                "Data Structures", lecturerUser.id()));
        String csv = "full_name,student_number,email\n"
                + "Ana Ahn," + ana.studentNumber() + "," + ana.email() + "\n"
                + "Ben Bo,," + ben.email() + "\n"
                + "Nobody,N-404,\n"
                + "A lecturer,," + lecturerUser.email() + "\n";
        ImportResult first = admin.admin().importEnrolments(fresh.id(), csv);
        assertThat(first.enrolled()).isEqualTo(2);
        assertThat(first.errors()).extracting(e -> e.line()).containsExactly(4, 5);
        assertThat(first.errors().get(0).message()).contains("N-404");
        ImportResult again = admin.admin().importEnrolments(fresh.id(), csv);
        assertThat(again.enrolled()).isZero();
        assertThat(again.skipped()).isEqualTo(2);
        assertThat(admin.admin().importEnrolments(fresh.id(), ana.email() + "\n").skipped()).isEqualTo(1);
        assertRefused(() -> admin.admin().importEnrolments(fresh.id(), "a,b\n1,2\n"), 422);
        assertRefused(() -> admin.admin().importEnrolments(fresh.id(), ""), 422);

        assertThat(lecturer.lecturer().courseStudents(fresh.id())).extracting(User::fullName)
                .containsExactly("Ana Ahn", "Ben Bo");
        admin.admin().unenrol(fresh.id(), ben.id());
        assertRefused(() -> admin.admin().unenrol(fresh.id(), ben.id()), 404);
        assertThat(lecturer.lecturer().courseStudents(fresh.id())).extracting(User::id).containsExactly(ana.id());
        assertThat(admin.admin().courses()).filteredOn(c -> c.id() == fresh.id()).singleElement()
                .extracting(Course::enrolledCount).isEqualTo(1L);
    }

    @Test
    void aRoomIsMovedAndRenamedAndNewSessionsUseItsNewPlace() {
        Room room = admin.admin().createRoom(new CreateRoomRequest("Lab 9", "North", LAT, LON, 40.0));
        Room moved = admin.admin().updateRoom(room.id(), new UpdateRoomRequest("Lab 9A", null, 51.6, null, null));
        assertThat(moved.name()).isEqualTo("Lab 9A");
        assertThat(moved.building()).isEqualTo("North");
        assertThat(moved.latitude()).isEqualTo(51.6);
        assertThat(moved.radiusM()).isEqualTo(40.0);
        assertRefused(() -> admin.admin().updateRoom(room.id(), new UpdateRoomRequest(null, null, 95.0, null, null)), 422);
        assertRefused(() -> admin.admin().updateRoom(999_999, new UpdateRoomRequest("X", null, null, null, null)), 404);
        assertRefused(() -> lecturer.admin().updateRoom(room.id(), new UpdateRoomRequest("Mine", null, null, null,
                null)), 403);
        Session inRoom = lecturer.lecturer().createSession(new CreateSessionRequest("In the lab", course.id(), 60, null,
                null, null, null, false, room.id(), null));
        assertThat(inRoom.latitude()).isEqualTo(51.6);
    }

    @Test
    void aMeetingsChangesMoveOnlyItsSessionsThatHaveNotStarted() {
        useTimeZone("Europe/London");
        Room room = admin.admin().createRoom(new CreateRoomRequest("Hall M", "Main", LAT, LON, 60.0));
        LocalDate today = clock.instant().atZone(LONDON).toLocalDate();
        LocalDate first = today.plusDays(1);
        int weekday = first.getDayOfWeek().getValue();
        Meeting meeting = lecturer.lecturer().addMeeting(course.id(), new MeetingRequest(weekday, "09:00", 60, null,
                first, first.plusWeeks(3), false));
        assertThat(meeting.sessionsCreated()).isEqualTo(4);

        clock.advance(Duration.ofDays(3)); // the first meeting is over
        Meeting changed = lecturer.lecturer().updateMeeting(meeting.id(), new MeetingRequest(null, "10:30", 90,
                room.id(), null, first.plusWeeks(2), true));
        assertThat(changed.startTime()).isEqualTo("10:30");
        assertThat(changed.lastDate()).isEqualTo(first.plusWeeks(2));
        List<Session> sessions = ofCourse(lecturer);
        Session held = sessions.stream().filter(s -> localDate(s).equals(first)).findFirst().orElseThrow();
        assertThat(localTime(held)).isEqualTo(LocalTime.of(9, 0)); // over: unchanged
        assertThat(held.roomId()).isNull();
        List<Session> coming = sessions.stream().filter(s -> localDate(s).isAfter(first)).toList();
        assertThat(coming).extracting(this::localDate).containsExactlyInAnyOrder(first.plusWeeks(1), first.plusWeeks(2));
        assertThat(coming).allSatisfy(s -> {
            assertThat(localTime(s)).isEqualTo(LocalTime.of(10, 30));
            assertThat(Duration.between(s.startsAt(), s.endsAt())).isEqualTo(Duration.ofMinutes(90));
            assertThat(s.roomId()).isEqualTo(room.id());
            assertThat(s.requireFace()).isTrue();
        });

        assertRefused(() -> lecturer.lecturer().updateMeeting(meeting.id(), new MeetingRequest(9, null, null, null,
                null, null, null)), 422);
        assertRefused(() -> signIn(newLecturer("Nosy Neighbour")).lecturer().updateMeeting(meeting.id(),
                new MeetingRequest(null, "08:00", null, null, null, null, null)), 404);

        lecturer.lecturer().deleteMeeting(meeting.id());
        assertThat(lecturer.lecturer().meetings(course.id())).isEmpty();
        assertThat(ofCourse(lecturer)).extracting(Session::id).containsExactly(held.id());
        assertRefused(() -> lecturer.lecturer().deleteMeeting(meeting.id()), 404);
    }

    @Test
    void aCoursesOwnLateRuleWinsOverTheInstitutions() {
        Course strict = admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, null, 5, null,
                null));
        assertThat(strict.lateAfterMinutes()).isEqualTo(5);
        assertRefused(() -> admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, null,
                -1, null, null)), 422);
        Session lecture = lecturer.lecturer().createSession(new CreateSessionRequest("Strict", course.id(), 60, LAT, LON,
                50.0, null, false, null, null));
        ApiClient early = enrolledStudentWithPhone("Eve Early");
        ApiClient late = enrolledStudentWithPhone("Larry Late");
        clock.advance(Duration.ofMinutes(3));
        assertThat(checkIn(early, lecture, "Eve Early").flags()).doesNotContain(ReasonCode.LATE);
        clock.advance(Duration.ofMinutes(5)); // 8 minutes in: late here, not by the institution's 15
        assertThat(checkIn(late, lecture, "Larry Late").flags()).contains(ReasonCode.LATE);

        Course relaxed = admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null, null, null, null,
                true, null));
        assertThat(relaxed.lateAfterMinutes()).isNull();
        ApiClient third = enrolledStudentWithPhone("Tess Third");
        assertThat(checkIn(third, lecture, "Tess Third").flags()).doesNotContain(ReasonCode.LATE);
    }

    @Test
    void aTermExportCountsEachStudentsPresentLateExcusedAndAbsent() {
        LocalDate today = clock.instant().atZone(ZoneId.of("UTC")).toLocalDate();
        long term = admin.admin().addTerm(new TermRequest("Autumn", today.minusDays(20), today.plusDays(20), List.of()))
                .id();
        ApiClient lateStudent = enrolledStudentWithPhone("Lena Late");
        ApiClient steady = enrolledStudentWithPhone("Sam Steady");
        Session first = lecturer.lecturer().createSession(new CreateSessionRequest("Week 1", course.id(), 60, LAT, LON,
                50.0, null, false, null, null));
        clock.advance(Duration.ofMinutes(20));
        checkIn(lateStudent, first, "Lena Late");
        lecturer.lecturer().close(first.id());
        clock.advance(Duration.ofMinutes(5));
        Session second = lecturer.lecturer().createSession(new CreateSessionRequest("Week 2", course.id(), 60, LAT, LON,
                50.0, null, false, null, null));
        lecturer.lecturer().markManually(second.id(), new ManualMarkRequest(steady.auth().me().id(),
                AttendanceStatus.PRESENT, "signed the list"));
        lecturer.lecturer().close(second.id());

        String summary = new String(lecturer.lecturer().exportCourseTerm(course.id(), term, "summary"),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(summary).startsWith("\uFEFFcourse_code,from,to,student_number,student_name,held,present,late,");
        assertThat(summary.lines()).anySatisfy(line -> assertThat(line).contains(",Lena Late,2,1,1,0,1,0,0,50.0,true"));
        assertThat(summary.lines()).anySatisfy(line -> assertThat(line).contains(",Sam Steady,2,1,0,0,1,0,0,50.0,true"));
        byte[] pdf = lecturer.lecturer().exportCourseTerm(course.id(), term, "pdf");
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(new String(lecturer.lecturer().exportCourseTerm(course.id(), term, "csv"),
                java.nio.charset.StandardCharsets.UTF_8).lines()).hasSizeGreaterThan(2);
        assertRefused(() -> lecturer.lecturer().exportCourseTerm(course.id(), 999_999, "summary"), 422);
        assertRefused(() -> lecturer.lecturer().exportCourseTerm(course.id(), term, "xlsx"), 422);
    }

    @Test
    void aStudentWhoJoinsMidTermIsNotCountedAbsentFromEarlierSessions() {
        Session before = lecturer.lecturer().createSession(new CreateSessionRequest("Week 1", course.id(), 60, LAT, LON,
                50.0, null, false, null, null));
        lecturer.lecturer().close(before.id());
        ApiClient joiner = server.newStudent("Jo Joiner");
        admin.admin().enrol(course.id(), List.of(joiner.auth().me().id()));
        assertThat(figures(joiner).sessionsHeld()).isZero();
        assertThat(figures(joiner).belowThreshold()).isFalse();

        Session after = lecturer.lecturer().createSession(new CreateSessionRequest("Week 2", course.id(), 60, LAT, LON,
                50.0, null, false, null, null));
        lecturer.lecturer().close(after.id());
        assertThat(figures(joiner).sessionsHeld()).isEqualTo(1);
        assertThat(figures(joiner).absent()).isEqualTo(1);
    }

    private org.smavs.model.attendance.CourseAttendance figures(ApiClient student) {
        return student.student().myCourses().stream().filter(c -> c.courseId() == course.id()).findFirst()
                .orElseThrow();
    }

    @Test
    void aUserSwitchesNotificationMailsOffAndOn() {
        ApiClient student = server.newStudent("Quiet Student");
        assertThat(student.auth().me().emailNotifications()).isTrue();
        assertThat(student.auth().updateMe(new UpdateProfileRequest(false)).emailNotifications()).isFalse();
        assertThat(student.auth().me().emailNotifications()).isFalse();
        assertThat(student.auth().updateMe(new UpdateProfileRequest(null)).emailNotifications()).isFalse();
        assertThat(student.auth().updateMe(new UpdateProfileRequest(true)).emailNotifications()).isTrue();
    }

    private ApiClient enrolledStudentWithPhone(String name) {
        ApiClient student = server.newStudent(name);
        User me = student.auth().me();
        admin.admin().enrol(course.id(), List.of(me.id()));
        student.student().bindDevice(new BindDeviceRequest("phone-" + me.id()));
        return student;
    }

    private AttendanceRecord checkIn(ApiClient student, Session session, String name) {
        User me = student.auth().me();
        return student.student().submitAttendance(AttendanceSubmission.withCode(session.code(), "phone-" + me.id(),
                LAT, LON));
    }

    private List<Session> ofCourse(ApiClient client) {
        return client.lecturer().sessions().stream().filter(s -> s.courseId() != null && s.courseId() == course.id())
                .filter(s -> s.status() != SessionStatus.CANCELLED).toList();
    }

    private LocalDate localDate(Session session) {
        return session.startsAt().atZoneSameInstant(LONDON).toLocalDate();
    }

    private LocalTime localTime(Session session) {
        return session.startsAt().atZoneSameInstant(LONDON).toLocalTime();
    }

    private void useTimeZone(String zone) {
        Settings before = admin.admin().settings();
        admin.admin().updateSettings(new Settings(before.faceThreshold(), before.livenessThreshold(),
                before.qrStepSeconds(), before.qrGraceSteps(), before.selfieRetentionDays(), null, null, zone));
    }

    private static MeetingRequest weekly(int weekday, String time) {
        LocalDate first = LocalDate.now(ZoneId.of("UTC")).plusDays(1);
        return new MeetingRequest(weekday, time, 60, null, first, first.plusWeeks(2), false);
    }

    private static UpdateCourseRequest staff(StaffAssignment... members) {
        return new UpdateCourseRequest(null, null, null, null, null, null, List.of(members));
    }

    private User newLecturer(String name) {
        String email = name.toLowerCase().replace(' ', '.') + "." + System.nanoTime() + "@uni.test";
        return admin.admin().createUser(new CreateUserRequest(email, "lecturer-pass-1", name, Role.LECTURER, null, null));
    }

    private ApiClient signIn(User user) {
        return server.signIn(user.email(), "lecturer-pass-1");
    }

    private static ApiException assertRefused(Runnable call, int status) {
        try {
            call.run();
        } catch (ApiException e) {
            assertThat(e.status()).as(e.getMessage()).isEqualTo(status);
            return e;
        }
        throw new AssertionError("expected HTTP " + status);
    }
}
