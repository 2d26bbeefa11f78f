package org.smavs.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smavs.model.ApiPaths;
import org.smavs.server.audit.AuditKeys;
import org.smavs.server.audit.AuditSeeder;

/**
 * Cost growth (issue 11, target 4): fills PostgreSQL with 10 k, 100 k and 1 M attendance records spread like a
 * campus (20 courses of 100 students, one session a course-week over a term going back, 100 records a session:
 * 80 % present, 10 % flagged, 10 % absent; one audit event per ten records), then measures p50/p95 of the
 * dashboard, admin analytics, a session's roster and flagged list, a course export over the term and audit
 * verification against a real server in its own JVM. Per-session reads must stay flat as the database grows.
 *
 * <pre>
 * ./mvnw -q -pl server -am install -DskipTests
 * ./mvnw -q -pl server exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.smavs.server.bench.CostGrowth \
 *        [-Dexec.args="--sizes=10000,100000,1000000 --seconds=5"]
 * </pre>
 */
public final class CostGrowth {
    private static final int COURSES = 20;
    private static final int STUDENTS_PER_COURSE = 100;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private CostGrowth() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        double seconds = Double.parseDouble(options.getOrDefault("seconds", "5"));
        List<Integer> sizes = new ArrayList<>();
        for (String size : options.getOrDefault("sizes", "10000,100000,1000000").split(",")) {
            sizes.add(Integer.parseInt(size.trim()));
        }
        System.out.printf(Locale.ROOT, "SMAVS cost growth on PostgreSQL — %s, %d cores, server -Xmx512m, 8 clients, %.0f s "
                + "per read%n", LocalDate.now(), Runtime.getRuntime().availableProcessors(), seconds);
        Map<Integer, Map<String, String>> table = new LinkedHashMap<>();
        for (int size : sizes) {
            table.put(size, measure(size, seconds));
        }
        System.out.println();
        System.out.printf("%-34s", "p50 / p95 ms (req/s)");
        sizes.forEach(size -> System.out.printf("%-28s", String.format(Locale.ROOT, "%,d records", size)));
        System.out.println();
        for (String read : table.get(sizes.get(0)).keySet()) {
            System.out.printf("%-34s", read);
            sizes.forEach(size -> System.out.printf("%-28s", table.get(size).get(read)));
            System.out.println();
        }
    }

    private static Map<String, String> measure(int records, double seconds) throws Exception {
        String jdbc = CampusLoad.createPostgresDatabase();
        Path dataDir = Files.createTempDirectory("smavs-growth-");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", "0");
        env.put("SMAVS_DATA_DIR", dataDir.toString());
        env.put("SECRET_KEY", HexFormat.of().formatHex(CampusLoad.randomBytes(32)));
        env.put("SMAVS_FACE_ENABLED", "false");
        env.put("SMAVS_DEMO_DATA", "true");
        env.put("DATABASE_URL", jdbc);
        List<String> flags = List.of("-Xmx512m", "-XX:+UseG1GC");
        try {
            // first start: migrations and demo accounts; then seed with no server writing, then measure
            ChildJvm.start("growth-init", "org.smavs.server.ServerMain", flags, env, List.of()).close();
            long started = System.nanoTime();
            seed(jdbc, records, AuditKeys.derivedFrom(List.of(env.get("SECRET_KEY"))));
            System.out.printf(Locale.ROOT, "%n%,d records seeded in %.1f s%n", records, (System.nanoTime() - started) / 1e9);
            try (ChildJvm server = ChildJvm.start("growth", "org.smavs.server.ServerMain", flags, env, List.of())) {
                return reads(server.baseUrl(), seconds);
            }
        } finally {
            CampusLoad.dropPostgresDatabase(jdbc);
        }
    }

    private static void seed(String jdbc, int records, AuditKeys keys) throws Exception {
        int sessions = Math.max(COURSES, records / STUDENTS_PER_COURSE);
        int students = COURSES * STUDENTS_PER_COURSE;
        Instant termEnd = Instant.now().minus(Duration.ofDays(1));
        try (Connection db = DriverManager.getConnection(jdbc); Statement sql = db.createStatement()) {
            db.setAutoCommit(false);
            sql.execute("INSERT INTO users (email, password_hash, full_name, role, is_active, student_number, "
                    + "failed_logins, created_at) SELECT 'growth' || g || '@uni.test', 'x', 'Growth Student ' || g, "
                    + "'STUDENT', TRUE, 'G' || g, 0, now() FROM generate_series(0, " + (students - 1) + ") g");
            sql.execute("INSERT INTO courses (code, name, lecturer_id, created_at) SELECT 'GR' || c, 'Growth course ' || c, "
                    + "(SELECT id FROM users WHERE email = 'lecturer@smavs.com'), now() "
                    + "FROM generate_series(0, " + (COURSES - 1) + ") c");
            sql.execute("INSERT INTO course_enrolments (course_id, student_id) SELECT c.id, u.id FROM courses c "
                    + "JOIN users u ON u.email LIKE 'growth%' AND c.code = 'GR' || "
                    + "(CAST(substring(u.email from 7 for position('@' in u.email) - 7) AS INTEGER) / " + STUDENTS_PER_COURSE + ")");
            // one session per course and week, going back from the end of term: s = 0 is the newest
            sql.execute("INSERT INTO attendance_sessions (title, course_id, lecturer_id, code, status, starts_at, ends_at, "
                    + "require_face, qr_secret, absentees_marked, created_at) SELECT 'Growth session ' || s, "
                    + "(SELECT id FROM courses WHERE code = 'GR' || (s % " + COURSES + ")), "
                    + "(SELECT id FROM users WHERE email = 'lecturer@smavs.com'), 'GRW' || s, 'open', "
                    + "TIMESTAMP WITH TIME ZONE '" + termEnd + "' - (s / " + COURSES + ") * INTERVAL '7 days' - (s % "
                    + COURSES + ") * INTERVAL '1 hour', TIMESTAMP WITH TIME ZONE '" + termEnd + "' - (s / " + COURSES
                    + ") * INTERVAL '7 days' - (s % " + COURSES + ") * INTERVAL '1 hour' + INTERVAL '1 hour', FALSE, "
                    + "md5(random()::text), TRUE, now() FROM generate_series(0, " + (sessions - 1) + ") s");
            sql.execute("INSERT INTO attendance_records (session_id, student_id, status, flags, risk_score, source, "
                    + "submitted_at) SELECT s.id, e.student_id, CASE WHEN r < 0.8 THEN 'PRESENT' WHEN r < 0.9 THEN 'FLAGGED' "
                    + "ELSE 'ABSENT' END, CASE WHEN r >= 0.8 AND r < 0.9 THEN 'OUTSIDE_GEOFENCE' ELSE '' END, "
                    + "CAST(r * 100 AS INTEGER), CASE WHEN r < 0.9 THEN 'MOBILE' ELSE 'MANUAL' END, "
                    + "s.starts_at + INTERVAL '5 minutes' FROM attendance_sessions s "
                    + "JOIN course_enrolments e ON e.course_id = s.course_id "
                    + "CROSS JOIN LATERAL (SELECT random() + 0 * s.id + 0 * e.student_id AS r) rnd WHERE s.title LIKE 'Growth%'");
            AuditSeeder.append(db, records / 10, termEnd.minus(Duration.ofDays(120)), keys);
            db.commit();
            sql.execute("ANALYZE");
        }
    }

    private static Map<String, String> reads(String base, double seconds) throws Exception {
        String lecturer = "Bearer " + login(base, "lecturer@smavs.com", "lecturer123");
        String admin = "Bearer " + login(base, "admin@smavs.com", "admin123");
        long newestSession = idOf(base, ApiPaths.LECTURER_SESSIONS + "?limit=50", lecturer, "title", "Growth session 0");
        long course = idOf(base, ApiPaths.LECTURER_COURSES, lecturer, "code", "GR0");
        String from = LocalDate.now(ZoneOffset.UTC).minusDays(365).toString();
        String to = LocalDate.now(ZoneOffset.UTC).toString();
        Map<String, String[]> reads = new LinkedHashMap<>();
        reads.put("dashboard", new String[] {ApiPaths.LECTURER_DASHBOARD, lecturer});
        reads.put("admin analytics", new String[] {ApiPaths.ADMIN_ANALYTICS, admin});
        reads.put("roster (newest session, 100)", new String[] {ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE,
                newestSession), lecturer});
        reads.put("flagged list (newest session)", new String[] {ApiPaths.withId(ApiPaths.LECTURER_SESSION_FLAGGED,
                newestSession), lecturer});
        reads.put("admin flagged (first page)", new String[] {ApiPaths.ADMIN_FLAGGED, admin});
        reads.put("course export CSV, one year", new String[] {ApiPaths.withId(ApiPaths.LECTURER_COURSE_EXPORT, course)
                + "?from=" + from + "&to=" + to, lecturer});
        Map<String, String> row = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> read : reads.entrySet()) {
            URI uri = URI.create(base + read.getValue()[0]);
            String token = read.getValue()[1];
            LoadRun load = new LoadRun();
            load.during(1, 4, i -> HttpRequest.newBuilder(uri).header("Authorization", token).build());
            LoadRun.Result result = load.during(seconds, 8, i -> HttpRequest.newBuilder(uri)
                    .header("Authorization", token).timeout(Duration.ofMinutes(2)).build());
            String cell = String.format(Locale.ROOT, "%.0f / %.0f (%.0f/s)%s", result.percentile(50),
                    result.percentile(95), result.perSecond(), result.errors(200) > 0 ? " " + result.statuses() : "");
            row.put(read.getKey(), cell);
            System.out.printf(Locale.ROOT, "  %-34s %s%n", read.getKey(), cell);
        }
        long started = System.nanoTime();
        HttpResponse<String> verify = HTTP.send(HttpRequest.newBuilder(URI.create(base + ApiPaths.ADMIN_AUDIT_VERIFY))
                .header("Authorization", admin).timeout(Duration.ofMinutes(10)).build(), HttpResponse.BodyHandlers.ofString());
        String cell = String.format(Locale.ROOT, "%.0f ms once (%s)", (System.nanoTime() - started) / 1e6,
                verify.statusCode() == 200 && verify.body().contains("\"valid\":true") ? "valid" : verify.body());
        row.put("audit verification (whole chain)", cell);
        System.out.printf(Locale.ROOT, "  %-34s %s%n", "audit verification (whole chain)", cell);
        return row;
    }

    private static String login(String base, String email, String password) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + ApiPaths.AUTH_LOGIN))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        return CampusLoad.accessToken(response.body());
    }

    /** The id of the element of a JSON array answer whose {@code field} is {@code value}. */
    private static long idOf(String base, String path, String token, String field, String value) throws Exception {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (var element : org.smavs.model.Json.lenientMapper().readTree(body)) {
            if (value.equals(element.path(field).asText())) {
                return element.get("id").asLong();
            }
        }
        throw new IllegalStateException("nothing with " + field + " = " + value + " in " + path);
    }
}
