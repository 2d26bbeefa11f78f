package org.smavs.server.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.error.FieldError;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** GET /lecturers/courses/{id}/export over HTTP: every session of the course in the range, as one CSV or PDF. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CourseExportIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private TestServer server;
    private ApiClient lecturer;
    private ApiClient admin;
    private long courseId;
    private Session lab;
    private Session lecture;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        lecturer = server.lecturer();
        admin = server.admin();
        courseId = lecturer.lecturer().courses().get(0).id();
        User evil = admin.admin().createUser(new CreateUserRequest("evil." + System.nanoTime() + "@uni.test", "evil-password",
                "=HYPERLINK(\"http://x\")", Role.STUDENT, "S-EVIL", null));
        admin.admin().enrol(courseId, List.of(evil.id()));

        lab = newSession("Lab =1+1", courseId);
        lecture = newSession("Lecture 2", courseId);
        newSession("Not in a course", null);
        long otherCourse = admin.admin().createCourse(new CreateCourseRequest("OTH200", "Other course",
                lecturerId())).id();
        newSession("Other course session", otherCourse);

        mark(lab, "Sam Student", AttendanceStatus.PRESENT, "seen in class");
        mark(lab, evil.fullName(), AttendanceStatus.EXCUSED, "=cmd|' /C calc'!A0");
        mark(lecture, "Sam Student", AttendanceStatus.EXCUSED, "medical note");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void csvHasEverySessionOfTheCourseInTheRangeOldestFirstWithFormulasNeutralised() throws Exception {
        List<CSVRecord> rows = csv(lecturer.lecturer().exportCourse(courseId, TODAY.minusDays(7), TODAY, false));

        assertThat(rows).extracting(r -> r.get("session_title")).containsOnly("Lab =1+1", "Lecture 2");
        assertThat(rows).extracting(r -> Long.parseLong(r.get("session_id")))
                .containsExactly(lab.id(), lab.id(), lecture.id());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get("course_code")).isNotBlank();
            assertThat(r.get("session_starts_at")).startsWith(TODAY.toString());
        });
        CSVRecord evilRow = rows.stream().filter(r -> r.get("student_number").equals("S-EVIL")).findFirst().orElseThrow();
        assertThat(evilRow.get("student_name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(evilRow.get("review_note")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(evilRow.get("status")).isEqualTo("excused");
    }

    @Test
    void absenteesMarkedWhenTheSessionEndedHaveNoCheckInTimeAndSourceAuto() throws Exception {
        long course = admin.admin().createCourse(new CreateCourseRequest("ABS" + System.nanoTime() % 100000,
                "Absentee course", lecturerId())).id();
        ApiClient missing = server.newStudent("Mona Missing");
        ApiClient handMarked = server.newStudent("Hana Marked");
        ApiClient unicode = server.newStudent("Łukasz Σοφία Анна");
        admin.admin().enrol(course, List.of(missing.auth().me().id(), handMarked.auth().me().id(),
                unicode.auth().me().id()));
        Session session = newSession("Ended session", course);
        mark(session, "Hana Marked", AttendanceStatus.ABSENT, "told me she was ill, no note");
        lecturer.lecturer().close(session.id());

        List<CSVRecord> rows = csv(lecturer.lecturer().exportCourse(course, TODAY, TODAY, false));
        CSVRecord auto = rows.stream().filter(r -> r.get("student_name").equals("Mona Missing")).findFirst().orElseThrow();
        assertThat(auto.get("status")).isEqualTo("absent");
        assertThat(auto.get("source")).isEqualTo("auto");
        assertThat(auto.get("submitted_at")).isEmpty();
        CSVRecord manual = rows.stream().filter(r -> r.get("student_name").equals("Hana Marked")).findFirst().orElseThrow();
        assertThat(manual.get("source")).isEqualTo("manual");
        assertThat(manual.get("reviewed_at")).isNotEmpty();

        try (PDDocument document = Loader.loadPDF(lecturer.lecturer().exportCourse(course, TODAY, TODAY, true))) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Łukasz Σοφία Анна").contains("Mona Missing").doesNotContain("?");
        }
    }

    @Test
    void aRangeWithoutSessionsGivesJustTheHeader() throws Exception {
        List<CSVRecord> rows = csv(lecturer.lecturer().exportCourse(courseId, TODAY.minusDays(30), TODAY.minusDays(1), false));
        assertThat(rows).isEmpty();
    }

    @Test
    void pdfHasTheCourseSummaryAndATablePerSession() throws Exception {
        byte[] pdf = lecturer.lecturer().exportCourse(courseId, TODAY, TODAY, true);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Course attendance:").contains("Sessions starting " + TODAY + " to " + TODAY)
                    .contains("2 sessions, 3 records").contains("Lab =1+1").contains("Lecture 2")
                    .doesNotContain("Other course session").doesNotContain("Not in a course");
        }
    }

    @Test
    void anotherLecturersCourseIs404AndAnAdminMayExportAnyCourse() {
        admin.admin().createUser(new CreateUserRequest("olga." + System.nanoTime() + "@uni.test", "other-lecturer-pw",
                "Olga Other", Role.LECTURER, null, null));
        String email = admin.admin().users().stream().filter(u -> u.fullName().equals("Olga Other")).findFirst()
                .orElseThrow().email();
        ApiClient other = server.signIn(email, "other-lecturer-pw");

        assertThatThrownBy(() -> other.lecturer().exportCourse(courseId, TODAY, TODAY, false))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> lecturer.lecturer().exportCourse(999_999, TODAY, TODAY, false))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(new String(admin.lecturer().exportCourse(courseId, TODAY, TODAY, false), StandardCharsets.UTF_8))
                .contains("Lecture 2");
        assertThat(admin.admin().audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("access.denied");
            assertThat(e.targetType()).isEqualTo("course");
        }).anySatisfy(e -> assertThat(e.action()).isEqualTo("course.export"));
        assertThatThrownBy(() -> server.student().lecturer().exportCourse(courseId, TODAY, TODAY, false))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void badRangesAre422NamingTheField() {
        assertThat(rangeErrors(TODAY.minusDays(366), TODAY)).containsExactly(
                new FieldError("to", "the range may cover at most 366 days"));
        assertThat(lecturer.lecturer().exportCourse(courseId, TODAY.minusDays(365), TODAY, false)).isNotEmpty();
        assertThat(rangeErrors(TODAY, TODAY.minusDays(1))).extracting(FieldError::field).containsExactly("to");

        String path = ApiPaths.withId(ApiPaths.LECTURER_COURSE_EXPORT, courseId);
        assertThat(errorsOf(path + "?from=2026-13-01&to=yesterday")).extracting(FieldError::field)
                .containsExactly("from", "to");
        assertThat(errorsOf(path + "?to=" + TODAY)).containsExactly(new FieldError("from", "is required (a date as YYYY-MM-DD)"));
        assertThat(errorsOf(path)).extracting(FieldError::field).containsExactly("term");
        assertThat(errorsOf(path + "?from=" + TODAY + "&to=" + TODAY + "&format=xls")).extracting(FieldError::field)
                .containsExactly("format");
    }

    private List<FieldError> rangeErrors(LocalDate from, LocalDate to) {
        try {
            lecturer.lecturer().exportCourse(courseId, from, to, false);
        } catch (ApiException e) {
            assertThat(e.status()).isEqualTo(422);
            return e.error().errors();
        }
        throw new AssertionError("expected a 422");
    }

    private List<FieldError> errorsOf(String pathAndQuery) {
        String token = server.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken();
        var response = new RawHttp(server.baseUrl()).get(pathAndQuery, "Bearer " + token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        return RawHttp.error(response).errors();
    }

    private Session newSession(String title, Long course) {
        return lecturer.lecturer().createSession(new CreateSessionRequest(title, course, 60, 51.75, -1.25, 100.0, null,
                false, null, null));
    }

    private void mark(Session session, String studentName, AttendanceStatus status, String note) {
        long studentId = lecturer.lecturer().students(session.id()).stream()
                .filter(s -> s.fullName().equals(studentName)).findFirst().orElseThrow().studentId();
        lecturer.lecturer().markManually(session.id(), new ManualMarkRequest(studentId, status, note));
    }

    private long lecturerId() {
        return lecturer.auth().me().id();
    }

    private static List<CSVRecord> csv(byte[] bytes) throws java.io.IOException {
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text.substring(1))).getRecords();
    }
}
