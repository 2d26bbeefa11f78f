package org.smavs.server.academic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.Settings;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.CourseAttendance;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.User;
import org.smavs.model.admin.Course;
import org.smavs.model.excuse.Excuse;
import org.smavs.model.excuse.ExcuseStatus;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The student's own view over HTTP: history with session titles, per-course figures against the institution's
 * threshold, excused absences with evidence checked by content and decided once by the session's lecturer, and
 * the academic settings (threshold, late after N minutes, time zone).
 */
abstract class SelfServiceTests {
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);

    private TestServer server;
    private ApiClient admin;
    private ApiClient lecturer;
    private ApiClient student;
    private User me;
    private Course course;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void start() {
        server = TestServer.start(kind());
        admin = server.admin();
        lecturer = server.lecturer();
        student = server.newStudent("Sasha Self");
        me = student.auth().me();
        course = lecturer.lecturer().courses().get(0);
        admin.admin().enrol(course.id(), List.of(me.id()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theStudentSeesHeldPresentExcusedAbsentAndTheRateAgainstTheThreshold() {
        Session attended = session("Week 1");
        lecturer.lecturer().markManually(attended.id(), new ManualMarkRequest(me.id(), AttendanceStatus.PRESENT,
                "seen in the room"));
        Session missed = session("Week 2");
        Session excused = session("Week 3");
        Excuse excuse = student.student().submitExcuse(excused.id(), "Hospital appointment", PDF, "letter.pdf");
        lecturer.lecturer().decideExcuse(excuse.id(), "approve", null);
        Session upcoming = session("Week 4");
        for (Session held : List.of(attended, missed, excused)) {
            lecturer.lecturer().close(held.id());
        }

        CourseAttendance figures = student.student().myCourses().stream().filter(c -> c.courseId() == course.id())
                .findFirst().orElseThrow();
        assertThat(figures.sessionsHeld()).isEqualTo(3); // week 4 has not been held
        assertThat(figures.present()).isEqualTo(1);
        assertThat(figures.excused()).isEqualTo(1);
        assertThat(figures.absent()).isEqualTo(1);
        assertThat(figures.flagged()).isZero();
        assertThat(figures.attendanceRate()).isCloseTo(2 / 3.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(figures.belowThreshold()).isTrue(); // 66.7 % < 80 %

        Settings before = admin.admin().settings();
        admin.admin().updateSettings(new Settings(before.faceThreshold(), before.livenessThreshold(),
                before.qrStepSeconds(), before.qrGraceSteps(), before.selfieRetentionDays(), 60, null, null));
        assertThat(student.student().myCourses().stream().filter(c -> c.courseId() == course.id()).findFirst()
                .orElseThrow().belowThreshold()).isFalse();

        List<AttendanceRecord> history = student.student().history();
        assertThat(history).extracting(AttendanceRecord::sessionTitle).contains("Week 1", "Week 3");
        assertThat(history).allSatisfy(record -> {
            assertThat(record.courseCode()).isEqualTo(course.code());
            assertThat(record.startsAt()).isNotNull();
        });
        assertThat(upcoming.id()).isPositive();
    }

    @Test
    void anExcuseIsCheckedSentOnceAndDecidedOnceByTheSessionsLecturer() {
        Session missed = session("Lab 2");
        assertRefused(() -> student.student().submitExcuse(missed.id(), "Ill", "not a pdf at all".getBytes(),
                "letter.pdf"), 422);
        assertRefused(() -> student.student().submitExcuse(missed.id(), "", null, null), 422);
        Excuse sent = student.student().submitExcuse(missed.id(), "Ill with flu", PDF, "note.pdf");
        assertThat(sent.status()).isEqualTo(ExcuseStatus.PENDING);
        assertThat(sent.hasEvidence()).isTrue();
        assertRefused(() -> student.student().submitExcuse(missed.id(), "Again", null, null), 409);
        ApiClient stranger = server.newStudent("Stan Stranger");
        assertRefused(() -> stranger.student().submitExcuse(missed.id(), "Not my course", null, null), 404);

        assertThat(lecturer.lecturer().excuses(null)).extracting(Excuse::id).contains(sent.id());
        assertThat(lecturer.lecturer().excuseEvidence(sent.id())).isEqualTo(PDF);
        String otherEmail = "other.lecturer." + System.nanoTime() + "@uni.test";
        admin.admin().createUser(new org.smavs.model.admin.CreateUserRequest(otherEmail, "other-lecturer-1",
                "Olga Other", org.smavs.model.auth.Role.LECTURER, null, null));
        ApiClient otherLecturer = server.signIn(otherEmail, "other-lecturer-1");
        assertRefused(() -> otherLecturer.lecturer().decideExcuse(sent.id(), "approve", null), 404);
        assertRefused(() -> lecturer.lecturer().decideExcuse(sent.id(), "reject", " "), 422);

        Excuse approved = lecturer.lecturer().decideExcuse(sent.id(), "approve", "Doctor's note seen");
        assertThat(approved.status()).isEqualTo(ExcuseStatus.APPROVED);
        assertThat(approved.note()).isEqualTo("Doctor's note seen");
        assertRefused(() -> lecturer.lecturer().decideExcuse(sent.id(), "reject", "changed my mind"), 409);
        AttendanceRecord record = lecturer.lecturer().attendance(missed.id()).stream()
                .filter(r -> r.studentId() == me.id()).findFirst().orElseThrow();
        assertThat(record.status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(student.student().excuses()).extracting(Excuse::status).containsExactly(ExcuseStatus.APPROVED);
    }

    @Test
    void aSessionIsRenamedMovedOrCancelledBeforeItStartsAndACancelledOneIsNeverHeld() {
        java.time.OffsetDateTime inTwoHours = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusHours(2)
                .withNano(0);
        Session later = lecturer.lecturer().createSession(new CreateSessionRequest("Tutorial", course.id(), 60, null,
                null, null, null, false, null, inTwoHours));
        Session renamed = lecturer.lecturer().updateSession(later.id(),
                new org.smavs.model.session.UpdateSessionRequest("Tutorial (moved)", inTwoHours.plusDays(1), 90, null));
        assertThat(renamed.title()).isEqualTo("Tutorial (moved)");
        assertThat(renamed.startsAt().toInstant()).isEqualTo(inTwoHours.plusDays(1).toInstant());

        Session cancelled = lecturer.lecturer().cancelSession(later.id());
        assertThat(cancelled.status()).isEqualTo(org.smavs.model.session.SessionStatus.CANCELLED);
        assertThat(lecturer.lecturer().cancelSession(later.id()).status())
                .isEqualTo(org.smavs.model.session.SessionStatus.CANCELLED); // twice: no change, no error
        assertRefused(() -> lecturer.lecturer().updateSession(later.id(),
                new org.smavs.model.session.UpdateSessionRequest(null, inTwoHours.plusDays(2), null, null)), 422);
        lecturer.lecturer().close(later.id()); // closing a cancelled session changes nothing either
        assertThat(student.student().myCourses().stream().filter(c -> c.courseId() == course.id()).findFirst()
                .orElseThrow().sessionsHeld()).isZero();

        Session running = session("Running now");
        assertRefused(() -> lecturer.lecturer().cancelSession(running.id()), 422);
        assertRefused(() -> lecturer.lecturer().updateSession(running.id(),
                new org.smavs.model.session.UpdateSessionRequest(null, inTwoHours, null, null)), 422);
        assertThat(lecturer.lecturer().updateSession(running.id(),
                new org.smavs.model.session.UpdateSessionRequest("Renamed while running", null, null, null)).title())
                .isEqualTo("Renamed while running");
    }

    @Test
    void aWeeklyMeetingGeneratesSessionsInTheInstitutionsTimeZoneSkippingHolidays() {
        Settings before = admin.admin().settings();
        admin.admin().updateSettings(new Settings(before.faceThreshold(), before.livenessThreshold(),
                before.qrStepSeconds(), before.qrGraceSteps(), before.selfieRetentionDays(), null, null, "Europe/London"));
        admin.admin().addTerm(new org.smavs.model.timetable.TermRequest("Spring 2027",
                java.time.LocalDate.parse("2027-01-11"), java.time.LocalDate.parse("2027-06-18"),
                List.of(java.time.LocalDate.parse("2027-03-29")))); // Easter Monday
        org.smavs.model.timetable.Meeting meeting = lecturer.lecturer().addMeeting(course.id(),
                new org.smavs.model.timetable.MeetingRequest(1, "09:00", 60, null,
                        java.time.LocalDate.parse("2027-03-15"), java.time.LocalDate.parse("2027-04-05"), false));
        assertThat(meeting.sessionsCreated()).isEqualTo(3);
        List<Session> generated = lecturer.lecturer().sessions().stream()
                .filter(s -> s.title().startsWith(course.code() + " · 2027-")).toList();
        assertThat(generated).extracting(s -> s.startsAt().toInstant().toString()).containsExactlyInAnyOrder(
                "2027-03-15T09:00:00Z", "2027-03-22T09:00:00Z", "2027-04-05T08:00:00Z"); // 09:00 GMT, then BST
        assertThat(generated).allSatisfy(s -> assertThat(s.status())
                .isEqualTo(org.smavs.model.session.SessionStatus.SCHEDULED));
        assertThat(lecturer.lecturer().meetings(course.id())).extracting(org.smavs.model.timetable.Meeting::id)
                .containsExactly(meeting.id());
        assertRefused(() -> lecturer.lecturer().addMeeting(course.id(), new org.smavs.model.timetable.MeetingRequest(
                8, "25:00", 60, null, java.time.LocalDate.parse("2027-03-15"), null, false)), 422);
        assertRefused(() -> student.lecturer().meetings(course.id()), 403);
    }

    @Test
    void academicSettingsAreCheckedAndKept() {
        Settings before = admin.admin().settings();
        assertThat(before.attendanceThresholdPercent()).isEqualTo(80);
        assertThat(before.lateAfterMinutes()).isEqualTo(15);
        assertThat(before.timezone()).isEqualTo("UTC");
        Settings changed = admin.admin().updateSettings(new Settings(before.faceThreshold(), before.livenessThreshold(),
                before.qrStepSeconds(), before.qrGraceSteps(), before.selfieRetentionDays(), 75, 10, "Europe/London"));
        assertThat(changed.lateAfterMinutes()).isEqualTo(10);
        assertThat(changed.timezone()).isEqualTo("Europe/London");
        // an older client sends the five tunables it knows: the academic ones stay as they are
        Settings older = admin.admin().updateSettings(new Settings(before.faceThreshold(), before.livenessThreshold(),
                before.qrStepSeconds(), before.qrGraceSteps(), before.selfieRetentionDays()));
        assertThat(older.attendanceThresholdPercent()).isEqualTo(75);
        assertRefused(() -> admin.admin().updateSettings(new Settings(before.faceThreshold(),
                before.livenessThreshold(), before.qrStepSeconds(), before.qrGraceSteps(), before.selfieRetentionDays(),
                75, 10, "Mars/Olympus")), 422);
    }

    private Session session(String title) {
        return lecturer.lecturer().createSession(new CreateSessionRequest(title, course.id(), 60, null, null, null, null,
                false, null, null));
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, int status) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(status));
    }
}
