package org.smavs.server.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

class RosterIT {

    @Test
    void aLecturerSeesTheStudentsOfTheirSessionWithStatusAndTheRoomsButNotOthersSessions() {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            ApiClient lecturer = server.lecturer();
            long courseId = lecturer.lecturer().courses().get(0).id();
            Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Roster", courseId, 30, null, null,
                    null, null, false, null, null));
            assertThat(lecturer.lecturer().students(session.id())).extracting(SessionStudent::fullName).containsExactly("Sam Student");

            long samId = lecturer.lecturer().students(session.id()).get(0).studentId();
            lecturer.lecturer().markManually(session.id(), new ManualMarkRequest(samId, AttendanceStatus.EXCUSED, "medical note"));
            assertThat(lecturer.lecturer().students(session.id()).get(0).status()).isEqualTo(AttendanceStatus.EXCUSED);
            assertThat(lecturer.lecturer().rooms()).isNotEmpty();

            server.admin().admin().createUser(new CreateUserRequest("other@uni.test", "other-lecturer", "Other Lecturer",
                    Role.LECTURER, null, null));
            ApiClient other = server.signIn("other@uni.test", "other-lecturer");
            assertThatThrownBy(() -> other.lecturer().students(session.id()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
        }
    }
}
