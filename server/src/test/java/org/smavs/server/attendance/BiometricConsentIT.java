package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.config.DatabaseSettings;
import org.smavs.server.face.FaceImages;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Biometric data only with consent: a student who never enrolled gets no embedding computed from a selfie; a
 * student who withdraws consent loses the template, every per-record embedding and every selfie, while the
 * records stay, stamped as withdrawn. On H2 and PostgreSQL.
 */
class BiometricConsentIT {
    private static final double LAT = 51.4988;
    private static final double LON = -0.1749;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void noConsentNoBiometricsAndWithdrawalDeletesThemAll(TestDatabase.Kind kind) throws Exception {
        try (TestServer server = TestServer.start(kind)) {
            byte[] hopper = FaceImages.portraitBytes(FaceImages.GRACE_HOPPER);
            ApiClient lecturer = server.lecturer();
            Session first = lecturer.lecturer().createSession(new CreateSessionRequest("Consent 1", null, 60, LAT, LON,
                    100.0, null, true, null, null));
            Session second = lecturer.lecturer().createSession(new CreateSessionRequest("Consent 2", null, 60, LAT, LON,
                    100.0, null, true, null, null));

            Students.Student withoutConsent = Students.register(server, "No Consent");
            withoutConsent.client().student().bindDevice(new BindDeviceRequest("phone-no-consent"));
            AttendanceRecord unconsented = withoutConsent.client().student().submitAttendance(
                    AttendanceSubmission.withCode(first.code(), "phone-no-consent", LAT, LON).withSelfie(hopper));
            assertThat(unconsented.flags()).contains(ReasonCode.FACE_NOT_ENROLLED);
            assertThat(unconsented.similarity()).isNull();
            assertThat(unconsented.livenessScore()).as("not even liveness is computed").isNull();
            assertThat(embeddingOf(server, unconsented.id())).isNull();

            Students.Student consenting = Students.register(server, "Gives Consent");
            consenting.client().student().enrollFace(hopper, true);
            consenting.client().student().bindDevice(new BindDeviceRequest("phone-consent"));
            AttendanceRecord one = consenting.client().student().submitAttendance(
                    AttendanceSubmission.withCode(first.code(), "phone-consent", LAT, LON).withSelfie(hopper));
            AttendanceRecord two = consenting.client().student().submitAttendance(
                    AttendanceSubmission.withCode(second.code(), "phone-consent", LAT, LON).withSelfie(hopper));
            assertThat(embeddingOf(server, one.id())).isNotNull();
            assertThat(lecturer.lecturer().selfie(two.id())).isNotEmpty();

            consenting.client().student().withdrawFace();

            for (AttendanceRecord record : new AttendanceRecord[] {one, two}) {
                assertThat(embeddingOf(server, record.id())).isNull();
                assertThat(column(server, record.id(), "selfie_key")).isNull();
                assertThat(column(server, record.id(), "biometrics_withdrawn_at")).isNotNull();
                assertThatThrownBy(() -> lecturer.lecturer().selfie(record.id()))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(404));
            }
            assertThat(lecturer.lecturer().attendance(second.id())).extracting(AttendanceRecord::id).contains(two.id());
        }
    }

    /** Retention deletes selfies and, with them, the records' embeddings; the records stay. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void theRetentionPurgeClearsEmbeddingsWithTheSelfies(TestDatabase.Kind kind) throws Exception {
        org.smavs.server.testing.MutableClock clock = org.smavs.server.testing.MutableClock.startingNow();
        try (TestServer server = TestServer.start(kind, config -> config, clock)) {
            byte[] hopper = FaceImages.portraitBytes(FaceImages.GRACE_HOPPER);
            Session session = server.lecturer().lecturer().createSession(new CreateSessionRequest("Retention", null, 60,
                    LAT, LON, 100.0, null, true, null, null));
            clock.advance(java.time.Duration.ofSeconds(5)); // the test's clock stands still unless moved
            Students.Student student = Students.register(server, "Kept A While");
            student.client().student().enrollFace(hopper, true);
            student.client().student().bindDevice(new BindDeviceRequest("phone-retention"));
            AttendanceRecord record = student.client().student().submitAttendance(
                    AttendanceSubmission.withCode(session.code(), "phone-retention", LAT, LON).withSelfie(hopper));
            assertThat(embeddingOf(server, record.id())).isNotNull();
            int days = server.admin().admin().settings().selfieRetentionDays();

            clock.advance(java.time.Duration.ofDays(days + 1L));
            server.app().runMaintenanceNow();

            assertThat(embeddingOf(server, record.id())).isNull();
            assertThat(column(server, record.id(), "selfie_key")).isNull();
        }
    }

    private static Object embeddingOf(TestServer server, long recordId) throws SQLException {
        return column(server, recordId, "face_embedding");
    }

    private static Object column(TestServer server, long recordId, String column) throws SQLException {
        DatabaseSettings db = server.database().settings();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement select = connection.prepareStatement(
                     "SELECT " + column + " FROM attendance_records WHERE id = ?")) {
            select.setLong(1, recordId);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getObject(1);
            }
        }
    }
}
