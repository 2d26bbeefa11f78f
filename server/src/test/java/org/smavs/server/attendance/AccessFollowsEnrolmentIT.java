package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.AuditEvent;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The penetration test's first high finding: a lecturer marked a stranger by hand in their own session and could
 * then read the stranger's biometric reference photo. Manual marking now follows enrolment, a hand-made record
 * opens nothing, and every refusal is audited. On H2 and PostgreSQL.
 */
class AccessFollowsEnrolmentIT {

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aLecturerCannotReachAStrangersDataByMarkingThem(TestDatabase.Kind kind) {
        try (TestServer server = TestServer.start(kind)) {
            ApiClient admin = server.admin();
            ApiClient lecturer = server.lecturer();
            Students.Student stranger = Students.register(server, "Not In Your Course");
            stranger.client().student().enrollFace(FaceImages.portraitBytes(FaceImages.GRACE_HOPPER), true);
            long courseId = lecturer.lecturer().courses().stream().filter(c -> c.code().equals("CS101"))
                    .findFirst().orElseThrow().id();
            Session withoutCourse = lecturer.lecturer().createSession(CreateSessionRequest.simple("Own session", 60));
            Session courseSession = lecturer.lecturer().createSession(new CreateSessionRequest("CS101 lecture", courseId,
                    60, null, null, null, null, false, null, null));

            for (Session session : List.of(withoutCourse, courseSession)) {
                assertThatThrownBy(() -> lecturer.lecturer().markManually(session.id(),
                        new ManualMarkRequest(stranger.id(), AttendanceStatus.ABSENT, "probe")))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
            }
            assertThatThrownBy(() -> lecturer.lecturer().referencePhoto(stranger.id()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
            assertThat(lecturer.lecturer().attendance(withoutCourse.id())).isEmpty();
            assertThat(admin.admin().audit()).extracting(AuditEvent::action).contains("access.denied");

            // enrolled in the lecturer's course: marking works, and the reference photo is theirs to see
            admin.admin().enrol(courseId, List.of(stranger.id()));
            assertThat(lecturer.lecturer().markManually(courseSession.id(),
                    new ManualMarkRequest(stranger.id(), AttendanceStatus.PRESENT, "was there")).status())
                    .isEqualTo(AttendanceStatus.PRESENT);
            assertThat(lecturer.lecturer().referencePhoto(stranger.id())).isNotEmpty();
        }
    }
}
