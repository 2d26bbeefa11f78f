package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.auth.Role;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.demo.DemoData;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Every lecturer route that reads a student's personal data (names, numbers, selfies, reference photos, exports),
 * tried by the owner (200), by another lecturer (404, as if it did not exist, and nothing of the student in the
 * answer) and by a student (403). On H2 and PostgreSQL.
 */
class PersonalDataAccessIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void onlyTheOwnerReadsTheirStudentsData(TestDatabase.Kind kind) {
        try (TestServer server = TestServer.start(kind)) {
            ApiClient owner = server.lecturer();
            server.admin().admin().createUser(new CreateUserRequest("other.lecturer@uni.test", "other-lecturer-pw",
                    "Otto Other", Role.LECTURER, null, null));
            String otherToken = server.anonymous().auth().login("other.lecturer@uni.test", "other-lecturer-pw").accessToken();
            Students.Student student = Students.register(server, "Private Person");
            student.client().student().enrollFace(FaceImages.portraitBytes(FaceImages.GRACE_HOPPER), true);
            student.client().student().bindDevice(new BindDeviceRequest("private-phone"));
            long courseId = owner.lecturer().courses().stream().filter(c -> c.code().equals("CS101")).findFirst()
                    .orElseThrow().id();
            server.admin().admin().enrol(courseId, List.of(student.id()));
            Session session = owner.lecturer().createSession(new CreateSessionRequest("Private data", courseId, 60,
                    DemoData.DEMO_LATITUDE, DemoData.DEMO_LONGITUDE, 50.0, null, true, null, null));
            AttendanceRecord record = student.client().student().submitAttendance(AttendanceSubmission.withCode(
                    session.code(), "private-phone", DemoData.DEMO_LATITUDE + 0.01, DemoData.DEMO_LONGITUDE)
                    .withSelfie(FaceImages.portraitBytes(FaceImages.GRACE_HOPPER)));

            Map<String, String> reads = new LinkedHashMap<>();
            reads.put("session", ApiPaths.withId(ApiPaths.LECTURER_SESSION, session.id()));
            reads.put("roster", ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE, session.id()));
            reads.put("flagged", ApiPaths.withId(ApiPaths.LECTURER_SESSION_FLAGGED, session.id()));
            reads.put("course students", ApiPaths.withId(ApiPaths.LECTURER_SESSION_STUDENTS, session.id()));
            reads.put("CSV export", ApiPaths.withId(ApiPaths.LECTURER_SESSION_EXPORT, session.id()));
            reads.put("PDF export", ApiPaths.withId(ApiPaths.LECTURER_SESSION_EXPORT, session.id()) + "?format=pdf");
            reads.put("QR token", ApiPaths.withId(ApiPaths.LECTURER_SESSION_QR, session.id()));
            reads.put("selfie", ApiPaths.withId(ApiPaths.LECTURER_ATTENDANCE_SELFIE, record.id()));
            reads.put("reference photo", ApiPaths.withId(ApiPaths.LECTURER_STUDENT_REFERENCE_PHOTO, student.id()));
            reads.put("course export", ApiPaths.withId(ApiPaths.LECTURER_COURSE_EXPORT, courseId)
                    + "?from=2020-01-01&to=2020-12-31");

            RawHttp raw = new RawHttp(server.baseUrl());
            String ownerToken = server.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken();
            reads.forEach((what, path) -> {
                assertThat(raw.get(path, "Bearer " + ownerToken).statusCode()).as("owner: " + what).isEqualTo(200);
                HttpResponse<String> stranger = raw.get(path, "Bearer " + otherToken);
                assertThat(stranger.statusCode()).as("another lecturer: " + what).isEqualTo(404);
                assertThat(stranger.body()).as("another lecturer: " + what).doesNotContain("Private Person");
                assertThat(raw.get(path, "Bearer " + student.accessToken()).statusCode()).as("a student: " + what)
                        .isEqualTo(403);
            });
        }
    }
}
