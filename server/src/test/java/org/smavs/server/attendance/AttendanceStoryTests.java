package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.admin.UnenrolledCheckIns;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;
import org.smavs.server.demo.DemoData;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The seed's story through the typed client, on a real server and database. Subclasses pick H2 or
 * PostgreSQL; every test makes its own session and students, so they do not depend on each other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class AttendanceStoryTests {
    static final double LAT = DemoData.DEMO_LATITUDE;
    static final double LON = DemoData.DEMO_LONGITUDE;

    TestServer server;
    ApiClient lecturer;
    ApiClient admin;

    abstract TestDatabase.Kind kind();

    @BeforeAll
    void start() {
        server = TestServer.start(kind());
        lecturer = server.lecturer();
        admin = server.admin();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    Session newSession(String title) {
        return lecturer.lecturer().createSession(new CreateSessionRequest(title, null, 60, LAT, LON, 50.0, null, false,
                null, null));
    }

    Students.Student boundStudent(String name, String device) {
        Students.Student student = Students.register(server, name);
        student.client().student().bindDevice(new BindDeviceRequest(device));
        return student;
    }

    @Test
    void studentInsideTheGeofenceIsPresentAndSeesItInTheirHistory() {
        Session session = newSession("Inside");
        Students.Student student = boundStudent("Ina Inside", "phone-ina");
        AttendanceRecord record = student.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code().toLowerCase(), "phone-ina", LAT + 0.0001, LON).withAccuracy(8));
        assertThat(record.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(record.flags()).isEmpty();
        assertThat(record.riskScore()).isZero();
        assertThat(record.withinGeofence()).isTrue();
        assertThat(record.distanceM()).isBetween(5.0, 20.0);
        assertThat(student.client().student().history()).extracting(AttendanceRecord::id).containsExactly(record.id());
        assertThat(lecturer.lecturer().session(session.id()).attendanceCount()).isEqualTo(1);
    }

    @Test
    void studentOutsideTheGeofenceIsFlaggedAndTheLecturerConfirmsIt() {
        Session session = newSession("Outside");
        Students.Student student = boundStudent("Otto Outside", "phone-otto");
        AttendanceRecord record = student.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "phone-otto", LAT + 0.01, LON));
        assertThat(record.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(record.flags()).containsExactly(ReasonCode.OUTSIDE_GEOFENCE);
        assertThat(record.riskScore()).isEqualTo(RiskScorer.weight(ReasonCode.OUTSIDE_GEOFENCE));
        assertThat(record.withinGeofence()).isFalse();

        List<AttendanceRecord> flagged = lecturer.lecturer().flagged(session.id());
        assertThat(flagged).extracting(AttendanceRecord::id).containsExactly(record.id());
        assertThat(flagged.get(0).studentName()).isEqualTo("Otto Outside");
        assertThat(admin.admin().flagged()).extracting(AttendanceRecord::id).contains(record.id());

        AttendanceRecord confirmed = lecturer.lecturer().confirm(record.id(), "Seen in the room");
        assertThat(confirmed.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(confirmed.reviewNote()).isEqualTo("Seen in the room");
        assertThat(confirmed.reviewedBy()).isNotNull();
        assertThat(lecturer.lecturer().flagged(session.id())).isEmpty();
        assertThat(admin.admin().audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("attendance.confirm");
            assertThat(e.targetId()).isEqualTo(Long.toString(record.id()));
        });
    }

    @Test
    void wrongCodeClosedSessionAndRegeneratedCodeAreRefusedWith422AndStoreNothing() {
        Session session = newSession("Codes");
        Students.Student student = boundStudent("Wanda Wrong", "phone-wanda");
        assertThatThrownBy(() -> student.client().student().submitAttendance(
                AttendanceSubmission.withCode("ZZZZZZ", "phone-wanda", LAT, LON)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("INVALID_SESSION_CODE");
                });
        String oldCode = session.code();
        Session regenerated = lecturer.lecturer().regenerate(session.id());
        assertThat(regenerated.code()).isNotEqualTo(oldCode);
        assertThatThrownBy(() -> student.client().student().submitAttendance(
                AttendanceSubmission.withCode(oldCode, "phone-wanda", LAT, LON)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        Session closed = lecturer.lecturer().close(session.id());
        assertThat(closed.status()).isEqualTo(SessionStatus.CLOSED);
        assertThatThrownBy(() -> student.client().student().submitAttendance(
                AttendanceSubmission.withCode(regenerated.code(), "phone-wanda", LAT, LON)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        assertThat(lecturer.lecturer().attendance(session.id())).isEmpty();
        assertThat(student.client().student().history()).isEmpty();
    }

    @Test
    void theRotatingQrTokenChecksInAndTheSeedsSplitFormWorksToo() {
        Session session = newSession("QR");
        Students.Student student = boundStudent("Quinn QR", "phone-quinn");
        String token = lecturer.lecturer().qr(session.id()).qrToken();
        AttendanceRecord record = student.client().student().submitAttendance(
                new AttendanceSubmission(null, token, "phone-quinn", LAT, LON, null, null, null, null));
        assertThat(record.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(lecturer.lecturer().qrPng(session.id())).startsWith(0x89, 'P', 'N', 'G');

        Session other = newSession("QR split");
        Students.Student second = boundStudent("Sid Split", "phone-sid");
        String otherToken = lecturer.lecturer().qr(other.id()).qrToken();
        String nonce = otherToken.substring(otherToken.indexOf('.') + 1);
        var response = Students.postMultipart(server, second.accessToken(), new org.smavs.client.Multipart()
                .field("qr_session_id", other.id()).field("qr_nonce", nonce).field("imei", "phone-sid")
                .field("latitude", LAT).field("longitude", LON), Map.of());
        assertThat(response.statusCode()).isEqualTo(201);
        // A token is only valid for its own session.
        var wrongSession = Students.postMultipart(server, second.accessToken(), new org.smavs.client.Multipart()
                .field("qr_session_id", session.id()).field("qr_nonce", nonce).field("imei", "phone-sid")
                .field("latitude", LAT).field("longitude", LON), Map.of());
        assertThat(wrongSession.statusCode()).isEqualTo(422);
    }

    @Test
    void aSecondDeviceIs409UntilAnAdminApprovesTheResetThenTheNewDeviceWorks() {
        Students.Student student = boundStudent("Dev Swap", "old-phone");
        assertThat(student.client().student().bindDevice(new BindDeviceRequest("old-phone")).active()).isTrue();
        assertThatThrownBy(() -> student.client().student().bindDevice(new BindDeviceRequest("new-phone")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("DEVICE_ALREADY_BOUND");
                });
        Session before = newSession("Before reset");
        AttendanceRecord mismatch = student.client().student().submitAttendance(
                AttendanceSubmission.withCode(before.code(), "new-phone", LAT, LON));
        assertThat(mismatch.flags()).contains(ReasonCode.DEVICE_MISMATCH);

        ResetRequest pending = admin.admin().resetRequests().stream().filter(r -> r.userId() == student.id())
                .findFirst().orElseThrow();
        assertThat(pending.oldDevice()).isEqualTo("old-phone");
        assertThat(pending.newDevice()).isEqualTo("new-phone");
        assertThat(admin.admin().approveReset(pending.id()).status()).isEqualTo("approved");

        Session after = newSession("After reset");
        AttendanceRecord record = student.client().student().submitAttendance(
                AttendanceSubmission.withCode(after.code(), "new-phone", LAT, LON));
        assertThat(record.flags()).doesNotContain(ReasonCode.DEVICE_MISMATCH).contains(ReasonCode.NEW_DEVICE);
        assertThat(student.client().student().bindDevice(new BindDeviceRequest("new-phone")).imei()).isEqualTo("new-phone");
    }

    @Test
    void oneDeviceIdBelongsToOneAccountAndCheckInsFromAFriendsPhoneAreFlaggedShared() throws Exception {
        Students.Student owner = boundStudent("Olga Owner", "olga-phone");
        Students.Student friend = Students.register(server, "Fritz Friend");
        assertThatThrownBy(() -> friend.client().student().bindDevice(new BindDeviceRequest("olga-phone")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("DEVICE_SHARED");
                });
        Session session = newSession("Shared phone");
        AttendanceRecord viaFriend = friend.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "olga-phone", LAT, LON));
        assertThat(viaFriend.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(viaFriend.flags()).contains(ReasonCode.DEVICE_SHARED);
        assertThat(owner.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "olga-phone", LAT, LON)).flags()).isEmpty();
        assertThat(admin.admin().audit()).extracting(org.smavs.model.admin.AuditEvent::action).contains("device.shared");

        // eight accounts binding one new device id at the same moment: the database lets exactly one have it
        List<Students.Student> racers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            racers.add(Students.register(server, "Racer " + i));
        }
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(racers.size());
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Students.Student racer : racers) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        racer.client().student().bindDevice(new BindDeviceRequest("contested-phone"));
                        return "bound";
                    } catch (ApiException e) {
                        return e.status() + " " + e.code();
                    }
                }));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).filteredOn("bound"::equals).hasSize(1);
            assertThat(results).filteredOn(r -> !r.equals("bound")).containsOnly("409 DEVICE_SHARED");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void studentNumbersBelongToTheRegistryASelfRegisteredClaimIsWithdrawnAndReported() {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        String number = "N" + n;
        org.smavs.model.auth.User claimer = server.anonymous().auth().register(new org.smavs.model.auth.RegisterRequest(
                "claimer" + n + "@uni.test", "password-claimer", "Carl Claimer", null, number));
        assertThat(claimer.studentNumber()).isEqualTo(number);
        assertThatThrownBy(() -> server.anonymous().auth().register(new org.smavs.model.auth.RegisterRequest(
                "second" + n + "@uni.test", "password-second", "Second Claimer", null, number)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));

        org.smavs.model.admin.ImportResult result = admin.admin().importStudents(
                "email,full_name,student_number\nreal" + n + "@uni.test,Rita Real," + number + "\n");
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.skipped()).isZero();
        assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
            assertThat(conflict.line()).isEqualTo(2);
            assertThat(conflict.message()).contains(number, Long.toString(claimer.id()));
        });
        assertThat(admin.admin().user(claimer.id()).studentNumber()).isNull();
        assertThat(admin.admin().users()).filteredOn(u -> u.email().equals("real" + n + "@uni.test"))
                .extracting(org.smavs.model.auth.User::studentNumber).containsExactly(number);
        // the registry's number is nobody else's to take, not even by an admin's typo: a clean 409, not a 500
        assertThatThrownBy(() -> admin.admin().updateUser(claimer.id(), new org.smavs.model.admin.UpdateUserRequest(
                null, null, null, number, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(admin.admin().audit()).extracting(org.smavs.model.admin.AuditEvent::action)
                .contains("user.student_number_conflict");
    }

    @Test
    void aRoomHoldsOneLecturersSessionsAtATimeUnlessAnAdminOverrides() throws Exception {
        String n = Long.toString(System.nanoTime() % 1_000_000);
        org.smavs.model.admin.Room room = admin.admin().createRoom(new org.smavs.model.admin.CreateRoomRequest(
                "Room " + n, "Main", LAT, LON, 40.0));
        String otherEmail = "intruder" + n + "@uni.test";
        admin.admin().createUser(new org.smavs.model.admin.CreateUserRequest(otherEmail, "intruder-password",
                "Ivo Intruder", org.smavs.model.auth.Role.LECTURER, null, null));
        ApiClient intruder = server.signIn(otherEmail, "intruder-password");
        java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC)
                .truncatedTo(java.time.temporal.ChronoUnit.MINUTES).plusMinutes(5);
        Session mine = lecturer.lecturer().createSession(new CreateSessionRequest("Booked", null, 60, null, null, null,
                null, false, room.id(), start));
        // the owner may overlap their own sessions (a lab split in two groups)
        lecturer.lecturer().createSession(new CreateSessionRequest("My second group", null, 30, null, null, null,
                null, false, room.id(), start.plusMinutes(30)));
        assertThatThrownBy(() -> intruder.lecturer().createSession(new CreateSessionRequest("Takeover", null, 60, null,
                null, null, null, false, room.id(), start.plusMinutes(59))))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.code()).isEqualTo("ROOM_BOOKED");
                });
        Session afterwards = intruder.lecturer().createSession(new CreateSessionRequest("Next lecture", null, 60, null,
                null, null, null, false, room.id(), start.plusMinutes(60)));
        assertThat(afterwards.id()).isNotEqualTo(mine.id());
        Session overridden = admin.lecturer().createSession(new CreateSessionRequest("Exam", null, 60, null, null, null,
                null, false, room.id(), start));
        assertThat(overridden.id()).isPositive();
        assertThat(admin.admin().audit()).extracting(org.smavs.model.admin.AuditEvent::action)
                .contains("session.booking_override");

        // two lecturers booking one free slot at the same moment: exactly one gets it
        org.smavs.model.admin.Room contested = admin.admin().createRoom(new org.smavs.model.admin.CreateRoomRequest(
                "Contested " + n, "Main", LAT, LON, 40.0));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> outcomes = new ArrayList<>();
            for (ApiClient who : List.of(lecturer, intruder)) {
                outcomes.add(pool.submit(() -> {
                    go.await();
                    try {
                        who.lecturer().createSession(new CreateSessionRequest("Race", null, 60, null, null, null, null,
                                false, contested.id(), start));
                        return 201;
                    } catch (ApiException e) {
                        return e.status();
                    }
                }));
            }
            go.countDown();
            assertThat(List.of(outcomes.get(0).get(), outcomes.get(1).get())).containsExactlyInAnyOrder(201, 409);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void csvAndPdfExportsDownloadParseAndNeutraliseFormulaInjection() throws Exception {
        Session session = newSession("Export =1+1");
        Students.Student evil = boundStudent("=HYPERLINK(\"http://x\")", "phone-evil");
        evil.client().student().submitAttendance(AttendanceSubmission.withCode(session.code(), "phone-evil", LAT, LON));

        String csv = new String(lecturer.lecturer().exportCsv(session.id()), StandardCharsets.UTF_8).replace("\uFEFF", "");
        List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("student_name")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(rows.get(0).get("session_title")).isEqualTo("Export =1+1");
        assertThat(rows.get(0).get("status")).isEqualTo("present");

        byte[] pdf = lecturer.lecturer().exportPdf(session.id());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Attendance: Export =1+1").contains("present 1").contains("=HYPERLINK");
        }
    }

    @Test
    void anotherLecturersSessionIs404AndTheAttemptIsAudited() {
        Session mine = newSession("Mine");
        ApiClient other = server.anonymous();
        admin.admin().createUser(new org.smavs.model.admin.CreateUserRequest("other." + System.nanoTime() + "@uni.test",
                "other-lecturer-pw", "Olga Other", org.smavs.model.auth.Role.LECTURER, null, null));
        String email = admin.admin().users().stream().filter(u -> u.fullName().equals("Olga Other")).reduce((a, b) -> b)
                .orElseThrow().email();
        other.auth().login(email, "other-lecturer-pw");
        assertThatThrownBy(() -> other.lecturer().session(mine.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> other.lecturer().exportCsv(mine.id()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(other.lecturer().sessions()).extracting(Session::id).doesNotContain(mine.id());
        assertThat(admin.admin().audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("access.denied");
            assertThat(e.targetId()).isEqualTo(Long.toString(mine.id()));
        });
        assertThat(admin.lecturer().session(mine.id()).id()).isEqualTo(mine.id());
    }

    @Test
    void fiftyConcurrentIdenticalSubmissionsMakeOneRecordAnd49CleanConflicts() throws Exception {
        Session session = newSession("Race");
        Students.Student student = boundStudent("Rae Race", "phone-rae");
        int count = 50;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                Callable<Integer> call = () -> {
                    go.await();
                    try {
                        student.client().student().submitAttendance(
                                AttendanceSubmission.withCode(session.code(), "phone-rae", LAT, LON));
                        return 201;
                    } catch (ApiException e) {
                        return "ALREADY_SUBMITTED".equals(e.code()) ? 409 : e.status() * 1000;
                    }
                };
                results.add(pool.submit(call));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(count - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(lecturer.lecturer().attendance(session.id())).hasSize(1);
    }

    @Test
    void reviewersDecidingTheSameFlagAtOnceGetOneWinnerAndCleanConflicts() throws Exception {
        Session session = newSession("Review race");
        Students.Student far = boundStudent("Rita Review", "phone-rita");
        AttendanceRecord flagged = far.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "phone-rita", LAT + 0.02, LON));
        int count = 8;
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                boolean confirm = i % 2 == 0;
                ApiClient reviewer = confirm ? lecturer : admin;
                results.add(pool.submit(() -> {
                    go.await();
                    try {
                        return (confirm ? reviewer.lecturer().confirm(flagged.id(), "seen in class")
                                : reviewer.lecturer().reject(flagged.id(), "not in the room")).status().wire();
                    } catch (ApiException e) {
                        return e.status() + " " + e.code();
                    }
                }));
            }
            go.countDown();
            List<String> answers = new ArrayList<>();
            for (Future<String> result : results) {
                answers.add(result.get());
            }
            List<String> winners = answers.stream().filter(a -> !a.startsWith("409")).toList();
            assertThat(winners).hasSize(1);
            assertThat(answers).filteredOn(a -> a.equals("409 NOT_FLAGGED")).hasSize(count - 1);
            AttendanceRecord stored = lecturer.lecturer().attendance(session.id()).get(0);
            assertThat(stored.status().wire()).isEqualTo(winners.get(0));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIdempotentRetryReplaysTheAnswerAndAReusedKeyIs422() {
        Session session = newSession("Retry");
        Students.Student student = boundStudent("Ida Idem", "phone-ida");
        AttendanceSubmission submission = AttendanceSubmission.withCode(session.code(), "phone-ida", LAT, LON);
        AttendanceRecord first = student.client().student().submitAttendance(submission, "key-123");
        AttendanceRecord again = student.client().student().submitAttendance(submission, "key-123");
        assertThat(again).isEqualTo(first);
        assertThatThrownBy(() -> student.client().student().submitAttendance(submission, "key-456"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("ALREADY_SUBMITTED"));
        assertThatThrownBy(() -> student.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "phone-ida", LAT + 1, LON), "key-123"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("IDEMPOTENCY_KEY_REUSED");
                });
    }

    @Test
    void endingACourseSessionMarksEnrolledStudentsWithoutARecordAbsent() {
        Students.Student present = boundStudent("Pia Present", "phone-pia");
        Students.Student missing = boundStudent("Max Missing", "phone-max");
        long lecturerId = lecturer.auth().me().id();
        Course course = admin.admin().createCourse(new CreateCourseRequest("C" + System.nanoTime() % 100000,
                "Absentee course", lecturerId));
        admin.admin().enrol(course.id(), List.of(present.id(), missing.id()));
        Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Course session", course.id(), 60,
                LAT, LON, 50.0, null, false, null, null));
        present.client().student().submitAttendance(AttendanceSubmission.withCode(session.code(), "phone-pia", LAT, LON));
        lecturer.lecturer().close(session.id());
        List<AttendanceRecord> roster = lecturer.lecturer().attendance(session.id());
        assertThat(roster).extracting(AttendanceRecord::studentName, AttendanceRecord::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Pia Present", AttendanceStatus.PRESENT),
                        org.assertj.core.groups.Tuple.tuple("Max Missing", AttendanceStatus.ABSENT));
        assertThat(lecturer.lecturer().dashboard().avgAttendanceRate()).isGreaterThan(0);
        assertThat(lecturer.lecturer().courses()).extracting(Course::id).contains(course.id());
    }

    @Test
    void aStudentNotEnrolledInTheCourseIsFlaggedOrRefusedAsTheCourseSays() {
        Students.Student enrolled = boundStudent("Ena Enrolled", "phone-ena");
        Students.Student outsider = boundStudent("Otto Outsider", "phone-otto-2");
        Course course = admin.admin().createCourse(new CreateCourseRequest("E" + System.nanoTime() % 100000,
                "Enrolment course", lecturer.auth().me().id()));
        assertThat(course.unenrolledCheckIns()).isEqualTo(UnenrolledCheckIns.FLAG);
        admin.admin().enrol(course.id(), List.of(enrolled.id()));
        Session flagging = lecturer.lecturer().createSession(new CreateSessionRequest("Flagging", course.id(), 60,
                LAT, LON, 50.0, null, false, null, null));
        assertThat(enrolled.client().student().submitAttendance(
                AttendanceSubmission.withCode(flagging.code(), "phone-ena", LAT, LON)).status())
                .isEqualTo(AttendanceStatus.PRESENT);
        AttendanceRecord stranger = outsider.client().student().submitAttendance(
                AttendanceSubmission.withCode(flagging.code(), "phone-otto-2", LAT, LON));
        assertThat(stranger.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(stranger.flags()).containsExactly(ReasonCode.NOT_ENROLLED);

        assertThat(admin.admin().updateCourse(course.id(), new UpdateCourseRequest(null, null,
                UnenrolledCheckIns.REFUSE)).unenrolledCheckIns()).isEqualTo(UnenrolledCheckIns.REFUSE);
        Session refusing = lecturer.lecturer().createSession(new CreateSessionRequest("Refusing", course.id(), 60,
                LAT, LON, 50.0, null, false, null, null));
        assertThatThrownBy(() -> outsider.client().student().submitAttendance(
                AttendanceSubmission.withCode(refusing.code(), "phone-otto-2", LAT, LON)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.code()).isEqualTo("NOT_ENROLLED");
                    assertThat(e.getMessage()).contains("not enrolled");
                });
        assertThat(enrolled.client().student().submitAttendance(
                AttendanceSubmission.withCode(refusing.code(), "phone-ena", LAT, LON)).status())
                .isEqualTo(AttendanceStatus.PRESENT);
        assertThat(lecturer.lecturer().attendance(refusing.id())).extracting(AttendanceRecord::studentId)
                .containsExactly(enrolled.id());
        assertThat(admin.admin().audit()).extracting(org.smavs.model.admin.AuditEvent::action)
                .contains("attendance.not_enrolled", "course.update");
    }

    @Test
    void reviewDecisionsManualMarkingAndAdminOverridesAreAuditedAndCounted() {
        Session session = newSession("Review");
        Students.Student far = boundStudent("Far Away", "phone-far");
        Students.Student noPhone = Students.register(server, "No Phone");
        AttendanceRecord flagged = far.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "phone-far", LAT + 0.02, LON));
        assertThatThrownBy(() -> lecturer.lecturer().reject(flagged.id(), " "))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        AttendanceRecord rejected = lecturer.lecturer().reject(flagged.id(), "Not in the room");
        assertThat(rejected.status()).isEqualTo(AttendanceStatus.REJECTED);
        assertThatThrownBy(() -> lecturer.lecturer().confirm(flagged.id(), null))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo("NOT_FLAGGED");
                    assertThat(e.status()).isEqualTo(409);
                });

        // hand-marking is for the session's own students: a course session with No Phone enrolled
        Course course = admin.admin().createCourse(new CreateCourseRequest("M" + System.nanoTime() % 100000,
                "Manual course", lecturer.auth().me().id()));
        admin.admin().enrol(course.id(), List.of(noPhone.id()));
        Session courseSession = lecturer.lecturer().createSession(new CreateSessionRequest("Manual", course.id(), 60,
                LAT, LON, 50.0, null, false, null, null));
        AttendanceRecord manual = lecturer.lecturer().markManually(courseSession.id(),
                new org.smavs.model.attendance.ManualMarkRequest(noPhone.id(), AttendanceStatus.PRESENT, "Phone broken"));
        assertThat(manual.source()).isEqualTo(org.smavs.model.attendance.AttendanceSource.MANUAL);
        assertThat(manual.studentName()).isEqualTo("No Phone");

        assertThat(admin.admin().setStatus(flagged.id(), new org.smavs.model.attendance.SetStatusRequest(
                AttendanceStatus.EXCUSED, "Medical note")).status()).isEqualTo(AttendanceStatus.EXCUSED);
        assertThat(admin.admin().verify(flagged.id()).status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(admin.admin().audit()).extracting(org.smavs.model.admin.AuditEvent::action)
                .contains("attendance.reject", "attendance.manual", "attendance.set_status", "attendance.verify");
        assertThat(admin.admin().verifyAudit().valid()).isTrue();

        var analytics = admin.admin().analytics();
        assertThat(analytics.totalSubmissions()).isGreaterThanOrEqualTo(2);
        assertThat(analytics.flagsByReason()).containsKey("OUTSIDE_GEOFENCE");
        assertThat(analytics.usersByRole()).containsKeys("student", "lecturer", "admin");
        assertThat(analytics.submissionsPerHour()).hasSize(24);
        assertThat(lecturer.lecturer().dashboard().totalSessions()).isGreaterThanOrEqualTo(1);
    }
}
