package org.smavs.server.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smavs.client.ApiClient;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.Course;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.config.DatabaseSettings;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Paging of growing lists, and: no read grows its statement count with the room: every list, dashboard and export answers a session of 10
 * records and one of 600 with the same number of SQL statements (counted with datasource-proxy on the
 * server's own connections). A per-record query (N+1) would add hundreds.
 */
class StatementCountIT {
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void readsCostTheSameNumberOfStatementsFor10And600Records(TestDatabase.Kind kind) throws Exception {
        UnaryOperator<javax.sql.DataSource> counting = pool -> ProxyDataSourceBuilder.create(pool)
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                    }

                    @Override
                    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
                        STATEMENTS.addAndGet(Math.max(1, queries.size()));
                    }
                }).build();
        try (TestServer server = TestServer.start(kind, UnaryOperator.identity(), Clock.systemUTC(), counting)) {
            ApiClient lecturer = server.lecturer();
            String token = "Bearer " + lecturer.auth().login("lecturer@smavs.com", "lecturer123").accessToken();
            String adminToken = "Bearer " + server.admin().auth().login("admin@smavs.com", "admin123").accessToken();
            long courseId = lecturer.lecturer().courses().stream().filter(c -> c.code().equals("CS101"))
                    .map(Course::id).findFirst().orElseThrow();
            RawHttp raw = new RawHttp(server.baseUrl());

            Session small = lecturer.lecturer().createSession(new CreateSessionRequest("Ten", courseId, 60, null, null,
                    null, null, false, null, null));
            seed(server.database().settings(), small.id(), courseId, 0, 10);
            Map<String, Integer> tenRecords = countReads(raw, token, adminToken, small.id(), courseId);

            Session large = lecturer.lecturer().createSession(new CreateSessionRequest("Six hundred", courseId, 60, null,
                    null, null, null, false, null, null));
            seed(server.database().settings(), large.id(), courseId, 10, 600);
            Map<String, Integer> sixHundredRecords = countReads(raw, token, adminToken, large.id(), courseId);

            System.out.println("SQL statements per request, 10 records → 600 records:");
            tenRecords.forEach((read, count) -> System.out.printf("  %-40s %3d → %3d%n", read, count,
                    sixHundredRecords.get(read)));
            assertThat(sixHundredRecords).isEqualTo(tenRecords);
        }
    }

    @org.junit.jupiter.api.Test
    void growingListsArePagedWithANextCursorAndTheClientFollowsIt() throws Exception {
        try (TestServer server = TestServer.start(TestDatabase.Kind.H2)) {
            ApiClient lecturer = server.lecturer();
            String token = "Bearer " + lecturer.auth().login("lecturer@smavs.com", "lecturer123").accessToken();
            long courseId = lecturer.lecturer().courses().stream().filter(c -> c.code().equals("CS101"))
                    .map(Course::id).findFirst().orElseThrow();
            Session session = lecturer.lecturer().createSession(new CreateSessionRequest("Paged", courseId, 60, null, null,
                    null, null, false, null, null));
            seed(server.database().settings(), session.id(), courseId, 0, 150);
            RawHttp raw = new RawHttp(server.baseUrl());
            String roster = ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE, session.id());

            HttpResponse<String> first = raw.get(roster, token);
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(org.smavs.model.Json.lenientMapper().readTree(first.body()).size()).isEqualTo(100);
            String cursor = first.headers().firstValue("X-Next-Cursor").orElseThrow();
            assertThat(first.headers().firstValue("Link").orElseThrow()).contains("rel=\"next\"").contains("cursor=");
            HttpResponse<String> second = raw.get(roster + "?cursor=" + cursor, token);
            assertThat(org.smavs.model.Json.lenientMapper().readTree(second.body()).size()).isEqualTo(50);
            assertThat(second.headers().firstValue("X-Next-Cursor")).isEmpty();

            assertThat(lecturer.lecturer().attendance(session.id())).hasSize(150);
            assertThat(raw.get(roster + "?limit=1001", token).statusCode()).isEqualTo(422);
            assertThat(raw.get(roster + "?limit=0", token).statusCode()).isEqualTo(422);
            assertThat(raw.get(roster + "?cursor=not-ours", token).statusCode()).isIn(400, 422);

            var document = org.smavs.model.Json.lenientMapper().readTree(raw.get(ApiPaths.OPENAPI, null).body());
            var rosterGet = document.at("/paths/" + ApiPaths.LECTURER_SESSION_ATTENDANCE.replace("/", "~1") + "/get");
            assertThat(rosterGet.get("parameters").findValuesAsText("name")).contains("limit", "cursor");
            assertThat(rosterGet.at("/responses/200/headers").has("X-Next-Cursor")).isTrue();
        }
    }

    private static Map<String, Integer> countReads(RawHttp raw, String lecturer, String admin, long sessionId,
                                                   long courseId) {
        String today = LocalDate.now().toString();
        Map<String, String> lecturerReads = new LinkedHashMap<>();
        lecturerReads.put("roster (all, ?limit=1000)", ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE, sessionId)
                + "?limit=1000");
        lecturerReads.put("flagged list", ApiPaths.withId(ApiPaths.LECTURER_SESSION_FLAGGED, sessionId) + "?limit=1000");
        lecturerReads.put("session export CSV", ApiPaths.withId(ApiPaths.LECTURER_SESSION_EXPORT, sessionId));
        lecturerReads.put("course export CSV", ApiPaths.withId(ApiPaths.LECTURER_COURSE_EXPORT, courseId)
                + "?from=" + today + "&to=" + today);
        lecturerReads.put("dashboard", ApiPaths.LECTURER_DASHBOARD);
        lecturerReads.put("sessions", ApiPaths.LECTURER_SESSIONS);
        Map<String, String> adminReads = new LinkedHashMap<>();
        adminReads.put("admin flagged", ApiPaths.ADMIN_FLAGGED + "?limit=1000");
        adminReads.put("admin users", ApiPaths.ADMIN_USERS + "?limit=1000");
        adminReads.put("admin analytics", ApiPaths.ADMIN_ANALYTICS);
        adminReads.put("admin audit", ApiPaths.ADMIN_AUDIT);
        Map<String, Integer> counts = new LinkedHashMap<>();
        lecturerReads.forEach((name, path) -> counts.put(name, statementsFor(raw, path, lecturer)));
        adminReads.forEach((name, path) -> counts.put(name, statementsFor(raw, path, admin)));
        return counts;
    }

    private static int statementsFor(RawHttp raw, String path, String token) {
        raw.get(path, token); // warm: a first read may mark absentees or fill caches
        STATEMENTS.set(0);
        HttpResponse<String> response = raw.get(path, token);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return STATEMENTS.get();
    }

    /** Students {@code from}..{@code from+count-1}, enrolled, each with a record (every fifth flagged). */
    private static void seed(DatabaseSettings db, long sessionId, long courseId, int from, int count) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password())) {
            connection.setAutoCommit(false);
            try (PreparedStatement user = connection.prepareStatement("INSERT INTO users (email, password_hash, full_name, "
                    + "role, is_active, student_number, failed_logins, created_at) VALUES (?, 'x', ?, 'STUDENT', TRUE, ?, 0, ?)")) {
                for (int i = from; i < from + count; i++) {
                    user.setString(1, "seeded" + i + "@uni.test");
                    user.setString(2, "Seeded Student " + i);
                    user.setString(3, "S" + (500000 + i));
                    user.setTimestamp(4, now);
                    user.addBatch();
                }
                user.executeBatch();
            }
            try (PreparedStatement enrol = connection.prepareStatement("INSERT INTO course_enrolments (course_id, student_id) "
                    + "SELECT ?, id FROM users WHERE email LIKE 'seeded%' AND id NOT IN "
                    + "(SELECT student_id FROM course_enrolments WHERE course_id = ?)")) {
                enrol.setLong(1, courseId);
                enrol.setLong(2, courseId);
                enrol.executeUpdate();
            }
            try (PreparedStatement record = connection.prepareStatement("INSERT INTO attendance_records (session_id, "
                    + "student_id, status, flags, risk_score, source, submitted_at) SELECT ?, id, "
                    + "CASE WHEN MOD(id, 5) = 0 THEN 'FLAGGED' ELSE 'PRESENT' END, "
                    + "CASE WHEN MOD(id, 5) = 0 THEN 'OUTSIDE_GEOFENCE' ELSE '' END, MOD(id, 100), 'MOBILE', ? "
                    + "FROM users WHERE email LIKE 'seeded%' AND CAST(SUBSTRING(email, 7, POSITION('@' IN email) - 7) AS INTEGER) >= ?")) {
                record.setLong(1, sessionId);
                record.setTimestamp(2, now);
                record.setInt(3, from);
                record.executeUpdate();
            }
            connection.commit();
        }
    }
}
