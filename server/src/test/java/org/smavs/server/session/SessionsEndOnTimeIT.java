package org.smavs.server.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.smavs.client.ApiClient;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.config.DatabaseSettings;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** A session that runs out of time gets its absentees from the minutely job, without anyone reading it. */
class SessionsEndOnTimeIT {

    @Test
    void theScheduledJobMarksAbsenteesOfASessionNobodyRead() throws Exception {
        MutableClock clock = MutableClock.startingNow();
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2, config -> config, clock)) {
            ApiClient lecturer = server.lecturer();
            long courseId = lecturer.lecturer().courses().stream().filter(c -> c.code().equals("CS101"))
                    .findFirst().orElseThrow().id();
            Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Runs out", courseId, 30, null,
                    null, null, null, false, null, null));

            server.app().runMaintenanceNow();
            assertThat(absentRecords(server, session.id())).as("still running").isZero();

            clock.advance(Duration.ofMinutes(31));
            server.app().runMaintenanceNow();
            assertThat(absentRecords(server, session.id())).as("the demo student enrolled in CS101").isEqualTo(1);
        }
    }

    private static int absentRecords(TestServer server, long sessionId) throws Exception {
        DatabaseSettings db = server.database().settings();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM attendance_records WHERE session_id = ? AND status = 'ABSENT'")) {
            count.setLong(1, sessionId);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
