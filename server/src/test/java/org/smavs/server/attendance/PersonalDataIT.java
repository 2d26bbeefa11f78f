package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.auth.User;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Subject access and erasure: a student's export holds their own profile, records, devices, consents and audit
 * events, and nothing about the classmate who checked in to the same session; an admin's erasure removes the
 * person's data and keeps the anonymised record. On H2 and PostgreSQL.
 */
class PersonalDataIT {
    private static final double LAT = 51.4988;
    private static final double LON = -0.1749;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theExportHoldsOnlyTheCallersDataAndErasureRemovesIt(TestDatabase.Kind kind) throws Exception {
        try (TestServer server = TestServer.start(kind)) {
            byte[] hopper = FaceImages.portraitBytes(FaceImages.GRACE_HOPPER);
            ApiClient lecturer = server.lecturer();
            Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Privacy", null, 60, LAT, LON,
                    100.0, null, true, null, null));
            Students.Student alice = Students.register(server, "Alice Private");
            Students.Student bob = Students.register(server, "Bob Classmate");
            for (Students.Student student : new Students.Student[] {alice, bob}) {
                student.client().student().enrollFace(hopper, true);
                student.client().student().bindDevice(new BindDeviceRequest("phone-" + student.id()));
            }
            AttendanceRecord alicesRecord = alice.client().student().submitAttendance(
                    AttendanceSubmission.withCode(session.code(), "phone-" + alice.id(), LAT, LON).withSelfie(hopper));
            bob.client().student().submitAttendance(
                    AttendanceSubmission.withCode(session.code(), "phone-" + bob.id(), LAT, LON).withSelfie(hopper));

            HttpResponse<String> raw = new RawHttp(server.baseUrl()).get(ApiPaths.STUDENT_MY_DATA_EXPORT,
                    "Bearer " + alice.accessToken());
            assertThat(raw.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
            String text = new String(alice.client().student().myDataExport());
            JsonNode export = Json.lenientMapper().readTree(text);
            assertThat(export.at("/profile/email").asText()).isEqualTo(alice.email());
            assertThat(export.get("attendance_records")).hasSize(1);
            assertThat(export.at("/attendance_records/0/id").asLong()).isEqualTo(alicesRecord.id());
            assertThat(export.at("/attendance_records/0/session_title").asText()).isEqualTo("Privacy");
            assertThat(export.get("devices")).hasSize(1);
            assertThat(export.get("consents")).hasSize(1);
            assertThat(export.get("audit_events").size()).isPositive();
            assertThat(text).doesNotContain(bob.email()).doesNotContain("Bob Classmate")
                    .doesNotContain("phone-" + bob.id()).doesNotContain("\"face_embedding\"");

            ApiClient admin = server.admin();
            admin.admin().eraseUser(alice.id());
            User erased = admin.admin().user(alice.id());
            assertThat(erased.email()).doesNotContain("alice");
            assertThat(erased.fullName()).doesNotContain("Alice");
            assertThat(erased.isActive()).isFalse();
            assertThat(erased.faceEnrolled()).isFalse();
            assertThat(erased.deviceBound()).isFalse();
            assertThatThrownBy(() -> lecturer.lecturer().selfie(alicesRecord.id()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThat(lecturer.lecturer().attendance(session.id())).extracting(AttendanceRecord::id)
                    .contains(alicesRecord.id());
            assertThatThrownBy(() -> server.signIn(alice.email(), "password-Alice Private"))
                    .isInstanceOf(ApiException.class);
        }
    }
}
