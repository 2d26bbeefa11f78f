package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.AttendanceSubmission;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.device.BindDeviceRequest;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.config.DatabaseSettings;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Location minimisation: with the default settings the server keeps the distance and in/out, never where the
 * student was. A check-in with unmistakable coordinates, then every column of every table is searched for them.
 */
class LocationMinimisationIT {
    private static final double LATITUDE = 51.4987654;
    private static final double LONGITUDE = -0.1751234;

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void noRawCoordinateIsStoredAnywhere(TestDatabase.Kind kind) throws Exception {
        try (TestServer server = TestServer.start(kind)) {
            assertThat(storedCoordinates(server)).as("raw coordinates stored").isEmpty();
        }
    }

    /** The search is not blind: an operator who chose to keep coordinates finds them where they chose. */
    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void anOperatorWhoKeepsCoordinatesFindsThemInTheRecord(TestDatabase.Kind kind) throws Exception {
        try (TestServer server = TestServer.start(kind, config -> config.withAttendance(
                new org.smavs.server.config.AttendanceSettings(config.attendance().qrStepSeconds(),
                        config.attendance().qrGraceSteps(), config.attendance().selfieRetentionDays(), true)),
                java.time.Clock.systemUTC())) {
            assertThat(storedCoordinates(server)).isNotEmpty()
                    .allSatisfy(place -> assertThat(place.toLowerCase(Locale.ROOT)).contains("attendance_records"));
        }
    }

    /** Checks in with the unmistakable coordinates, then searches every column of every table for them. */
    private static List<String> storedCoordinates(TestServer server) throws Exception {
        Session session = server.lecturer().lecturer().createSession(new CreateSessionRequest("Where", null, 60,
                51.4988, -0.1749, 100.0, null, false, null, null));
        Students.Student student = Students.register(server, "Located Student");
        student.client().student().bindDevice(new BindDeviceRequest("located-phone"));
        AttendanceRecord record = student.client().student().submitAttendance(
                AttendanceSubmission.withCode(session.code(), "located-phone", LATITUDE, LONGITUDE));
        assertThat(record.distanceM()).as("the distance is kept").isNotNull();

        List<String> found = new ArrayList<>();
        DatabaseSettings settings = server.app().config().database();
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrl(), settings.user(),
                settings.password())) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    String schema = rows.getString("TABLE_SCHEM");
                    if (schema == null || !schema.toLowerCase(Locale.ROOT).matches("information_schema|pg_catalog")) {
                        tables.add((schema == null ? "" : schema + ".") + rows.getString("TABLE_NAME"));
                    }
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int c = 1; c <= columns; c++) {
                            Object value = rows.getObject(c);
                            if (value != null && mentionsTheCoordinates(value)) {
                                found.add(table + "." + rows.getMetaData().getColumnName(c) + " = " + value);
                            }
                        }
                    }
                }
            }
        }
        return found;
    }

    private static boolean mentionsTheCoordinates(Object value) {
        if (value instanceof Number number) {
            double v = number.doubleValue();
            return Math.abs(v - LATITUDE) < 1e-6 || Math.abs(v - LONGITUDE) < 1e-6;
        }
        String text = value instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                : value.toString();
        return text.contains("51.49876") || text.contains("0.17512");
    }
}
