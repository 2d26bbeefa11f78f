package org.smavs.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.admin.AuditVerification;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.CreateRoomRequest;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.admin.Room;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** Admin set-up through the typed client: users, CSV import, rooms, courses, kiosks, settings, audit. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdminSetupIT {
    private TestServer server;
    private ApiClient admin;

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        admin = server.admin();
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void adminCreatesALecturerWhoCanSignInAndChangesTheirRole() {
        User lecturer = admin.admin().createUser(new CreateUserRequest("prof@uni.test", "professor-pw", "Prof Plum",
                Role.LECTURER, null, null));
        assertThat(server.signIn("prof@uni.test", "professor-pw").auth().me().role()).isEqualTo(Role.LECTURER);
        User promoted = admin.admin().updateUser(lecturer.id(), new UpdateUserRequest(null, Role.ADMIN, null, null, null));
        assertThat(promoted.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.admin().user(lecturer.id())).isEqualTo(promoted);
        assertThat(admin.admin().users()).extracting(User::email).contains("prof@uni.test", "student@smavs.com");
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        long me = admin.auth().me().id();
        assertThatThrownBy(() -> admin.admin().updateUser(me, new UpdateUserRequest(false, null, null, null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void csvImportCreatesStudentsEnrolsThemAndReportsBadLinesByNumber() {
        String csv = """
                email,full_name,student_number,course_code
                ann@uni.test,Ann Able,S2001,CS101
                not-an-email,Bad Line,S2002,CS101
                bob@uni.test,Bob Baker,S2003,NOPE999
                cat@uni.test,Cat Cole,S2004,
                student@smavs.com,Duplicate,S2005,CS101
                """;
        ImportResult result = admin.admin().importStudents(csv);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.enrolled()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(3);
        assertThat(result.errors()).extracting("line").containsExactly(3, 4, 6);
        assertThat(result.errors().get(0).message()).contains("email");
        assertThat(result.errors().get(1).message()).contains("NOPE999");
        assertThat(admin.admin().users()).extracting(User::email).contains("ann@uni.test", "cat@uni.test")
                .doesNotContain("bob@uni.test");
    }

    /** The seed backend's users move over with their pbkdf2_sha256 hashes and sign in with their old passwords. */
    @Test
    void seedUsersImportedWithTheirPbkdf2HashesSignInAndAreRehashedToArgon2() {
        String csv = "email,full_name,student_number,password_hash\n"
                + "seed.student@uni.test,Seed Student,SEED1,"
                + "$pbkdf2-sha256$29000$obLD1OX2BxgpOktcbX6PkA$7rFjbwtjyIJJ9k0qaj33kJAjaBhyRVtFz2dAlGZQjbc\n"
                + "bad.hash@uni.test,Bad Hash,SEED2,$md5$whatever\n";
        ImportResult result = admin.admin().importStudents(csv);
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.errors()).singleElement().satisfies(e -> assertThat(e.message()).contains("password_hash"));
        assertThat(server.signIn("seed.student@uni.test", "student123").auth().me().studentNumber()).isEqualTo("SEED1");
        String stored = server.app().database().inTransaction(session -> session.createNativeQuery(
                "SELECT password_hash FROM users WHERE email = 'seed.student@uni.test'", String.class).getSingleResult());
        assertThat(stored).startsWith("$argon2id$");
        assertThat(server.signIn("seed.student@uni.test", "student123").auth().me().email())
                .isEqualTo("seed.student@uni.test");
    }

    @Test
    void aCsvWithoutAHeaderIsRejectedAsAWhole() {
        assertThatThrownBy(() -> admin.admin().importStudents("x@uni.test,X Y\n"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
    }

    @Test
    void roomsCoursesAndEnrolments() {
        Room room = admin.admin().createRoom(new CreateRoomRequest("Lab 2", "Science", 51.75, -1.25, 40.0));
        assertThat(admin.admin().rooms()).extracting(Room::name).contains("Lab 2", "Lecture Hall A");
        assertThat(room.radiusM()).isEqualTo(40.0);
        assertThatThrownBy(() -> admin.admin().createRoom(new CreateRoomRequest("Nowhere", null, 123.0, 0.0, 40.0)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.error().errors()).extracting("field").containsExactly("latitude");
                });
        long lecturerId = server.lecturer().auth().me().id();
        Course course = admin.admin().createCourse(new CreateCourseRequest("MA201", "Linear Algebra", lecturerId));
        long studentId = server.student().auth().me().id();
        assertThat(admin.admin().enrol(course.id(), List.of(studentId)).enrolledCount()).isEqualTo(1);
        assertThatThrownBy(() -> admin.admin().createCourse(new CreateCourseRequest("MA201", "Again", null)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(409));
    }

    @Test
    void aKioskEnrolsOnceWithItsCodeAndIsLockedOutWhenRevoked() {
        Room room = admin.admin().rooms().get(0);
        KioskEnrollmentCode code = admin.admin().createKiosk(new CreateKioskRequest("Front door", room.id()));
        assertThat(code.enrollmentCode()).matches("[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}");
        ApiClient kiosk = server.anonymous();
        KioskCredential credential = kiosk.kiosk().enroll(code.enrollmentCode().toLowerCase().replace("-", ""),
                "kiosk 7 typed on a touch screen");
        assertThat(credential.roomId()).isEqualTo(room.id());
        assertThat(credential.name()).isEqualTo("Front door");
        assertThat(admin.admin().kiosks()).filteredOn(k -> k.id() == credential.kioskId())
                .singleElement().satisfies(k -> assertThat(k.name()).isEqualTo("Front door"));
        assertThatThrownBy(() -> server.anonymous().kiosk().enroll(code.enrollmentCode(), "Copycat"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("ENROLLMENT_CODE_INVALID"));
        assertThat(admin.admin().kiosks()).anySatisfy(k -> assertThat(k.status()).isEqualTo("active"));
        admin.admin().revokeKiosk(credential.kioskId());
        assertThat(admin.admin().kiosks()).filteredOn(k -> k.id() == credential.kioskId())
                .singleElement().satisfies(k -> assertThat(k.status()).isEqualTo("revoked"));
    }

    @Test
    void settingsAreValidatedStoredAndAudited() {
        Settings before = admin.admin().settings();
        assertThat(before.qrStepSeconds()).isEqualTo(15);
        Settings changed = admin.admin().updateSettings(new Settings(0.5, before.livenessThreshold(), 20, 1, 14));
        assertThat(admin.admin().settings()).isEqualTo(changed);
        assertThatThrownBy(() -> admin.admin().updateSettings(new Settings(5.0, 0.3, 1, 1, 14)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.error().errors()).extracting("field")
                        .containsExactlyInAnyOrder("face_threshold", "qr_step_seconds"));
        assertThat(admin.admin().audit()).extracting("action").contains("settings.update");
    }

    @Test
    void theAuditLogListsEventsAndItsChainVerifies() {
        server.lecturer();
        assertThat(admin.admin().audit()).extracting("action").contains("auth.login");
        AuditVerification verification = admin.admin().verifyAudit();
        assertThat(verification.valid()).isTrue();
        assertThat(verification.checked()).isPositive();
    }
}
