package org.smavs.server.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.smavs.client.ApiClient;
import org.smavs.client.Multipart;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.model.admin.Settings;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.face.FaceAnalysisPool;
import org.smavs.server.face.FaceModels;
import org.smavs.server.face.OnnxFaceEngine;

/**
 * Campus-scale load test (issue 11): measures the ceilings of this machine — a trivial Javalin endpoint and the
 * face pipeline on each photo type — and, against a real SMAVS server in its own JVM (-Xmx512m) on H2 and on
 * PostgreSQL, a lecture hall at the door: 600 sign-ins from one address, 600 selfie check-ins through 32 and
 * 64 concurrent clients with phone-like photos, and roster/flagged/dashboard reads of the 600-record session.
 * Prints figures and their ratios to the ceilings measured in the same run. A program, not a test.
 *
 * <pre>
 * ./mvnw -q -pl server -am package -DskipTests
 * ./mvnw -q -pl server exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.smavs.server.bench.CampusLoad \
 *        [-Dexec.args="--db=h2|postgres|both --students=600 --seconds=8 --jfr=/tmp/server.jfr"]
 * </pre>
 */
public final class CampusLoad {
    private static final double LAT = 51.4988;
    private static final double LON = -0.1749;
    private static final ObjectMapper JSON = Json.lenientMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final List<String> SERVER_FLAGS = List.of("-Xmx512m", "-XX:+UseG1GC");

    private final Map<String, String> options;
    private final double seconds;
    private final int students;
    private final List<PhonePhotos.Photo> photos = new ArrayList<>();
    private final Map<String, Double> ceilings = new LinkedHashMap<>();
    private final List<String> summary = new ArrayList<>();

    private CampusLoad(Map<String, String> options) {
        this.options = options;
        this.seconds = Double.parseDouble(options.getOrDefault("seconds", "8"));
        this.students = Integer.parseInt(options.getOrDefault("students", "600"));
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "true");
        }
        new CampusLoad(options).run();
    }

    private void run() throws Exception {
        System.out.printf(Locale.ROOT, "SMAVS campus load — %s, %d cores, Java %s, load average at start %.2f%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        byte[] hopper = LatencyStats.resource("/faces/grace_hopper.jpg");
        photos.add(PhonePhotos.jpeg(hopper, "JPEG 1080×1920", 1080, 1920));
        photos.add(PhonePhotos.jpeg(hopper, "JPEG 12 MP", 4032, 3024));
        photos.add(PhonePhotos.png(hopper, "PNG 512×512", 512, 512));
        photos.forEach(photo -> System.out.println("  photo: " + photo));

        measureTrivialCeiling();
        measureFaceCeilings();
        String db = options.getOrDefault("db", "both");
        if (!db.equals("postgres")) {
            campus("H2", null);
        }
        if (!db.equals("h2")) {
            campus("PostgreSQL", createPostgresDatabase());
        }
        System.out.println();
        System.out.println("Summary");
        summary.forEach(System.out::println);
    }

    private void measureTrivialCeiling() throws Exception {
        try (ChildJvm trivial = ChildJvm.start("trivial", TrivialJavalinServer.class.getName(), SERVER_FLAGS, Map.of(),
                List.of("0"))) {
            URI ping = URI.create(trivial.baseUrl() + "/ping");
            LoadRun load = new LoadRun();
            load.during(3, 32, i -> HttpRequest.newBuilder(ping).GET().build()); // warm-up
            LoadRun.Result result = load.during(seconds, 32, i -> HttpRequest.newBuilder(ping).GET().build());
            ceilings.put("trivial", result.perSecond());
            System.out.printf(Locale.ROOT, "%nCeiling: trivial Javalin JSON endpoint, 32 clients: %.0f req/s (p95 %.1f ms)%n",
                    result.perSecond(), result.percentile(95));
        }
    }

    /** The face pipeline alone (decode + models) on each photo, both workers busy. */
    private void measureFaceCeilings() throws Exception {
        System.out.println();
        System.out.println("Ceiling: face pipeline (decode + detect + landmarks + embed + liveness), "
                + Runtime.getRuntime().availableProcessors() + " workers");
        try (OnnxFaceEngine engine = OnnxFaceEngine.load(FaceModels.locate(LatencyStats.modelDirectory()));
             FaceAnalysisPool pool = new FaceAnalysisPool(engine)) {
            for (PhonePhotos.Photo photo : photos) {
                throughput(pool, photo.bytes(), 2);
                double perSecond = throughput(pool, photo.bytes(), seconds);
                ceilings.put(photo.name(), perSecond);
                System.out.printf(Locale.ROOT, "  %-16s %6.1f verifications/s%n", photo.name(), perSecond);
            }
        }
    }

    private static double throughput(FaceAnalysisPool pool, byte[] image, double seconds) throws InterruptedException {
        Semaphore inFlight = new Semaphore(pool.workers() * 2);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        while (System.nanoTime() < end) {
            inFlight.acquire();
            pool.analyze(image).whenComplete((analysis, error) -> {
                done.incrementAndGet();
                inFlight.release();
            });
        }
        inFlight.acquire(pool.workers() * 2);
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** One server on one database: sign-ins, selfie bursts, reads. */
    private void campus(String dbName, String jdbcUrl) throws Exception {
        System.out.printf("%n=== %s: SMAVS server in its own JVM (%s) ===%n", dbName, String.join(" ", SERVER_FLAGS));
        Path dataDir = Files.createTempDirectory("smavs-load-");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PORT", "0");
        env.put("SMAVS_DATA_DIR", dataDir.toString());
        env.put("SECRET_KEY", HexFormat.of().formatHex(randomBytes(32)));
        env.put("SMAVS_FACE_KEY", HexFormat.of().formatHex(randomBytes(32)));
        env.put("SMAVS_MODELS_DIR", LatencyStats.modelDirectory().toString());
        env.put("SMAVS_DEMO_DATA", "true");
        env.put("ACCESS_TOKEN_EXPIRE_MINUTES", "240"); // tokens taken at the start must outlive the whole run
        if (jdbcUrl != null) {
            env.put("DATABASE_URL", jdbcUrl);
        }
        if (options.containsKey("sign-in-limit")) {
            env.put("SMAVS_LIMIT_SIGN_INS_PER_MINUTE", options.get("sign-in-limit"));
        }
        List<String> flags = new ArrayList<>(SERVER_FLAGS);
        if (options.containsKey("jfr")) {
            flags.add("-XX:StartFlightRecording=filename=" + options.get("jfr").replace(".jfr", "-" + dbName + ".jfr")
                    + ",settings=profile");
        }
        try (ChildJvm server = ChildJvm.start("server", "org.smavs.server.ServerMain", flags, env, List.of())) {
            CampusRun run = new CampusRun(server);
            run.prepare();
            for (PhonePhotos.Photo photo : photos) {
                for (int clients : new int[] {32, 64}) {
                    run.selfieBurst(photo, clients);
                }
            }
            run.reads();
        } finally {
            if (jdbcUrl != null) {
                dropPostgresDatabase(jdbcUrl);
            }
        }
    }

    /** What one server run does; keeps the accounts and tokens it creates. */
    private final class CampusRun {
        private final ChildJvm server;
        private final String base;
        private final List<String> tokens = new ArrayList<>();
        private ApiClient lecturer;
        private String lecturerToken;
        private Session lastSession;

        CampusRun(ChildJvm server) {
            this.server = server;
            this.base = server.baseUrl();
        }

        void prepare() throws Exception {
            ApiClient admin = new ApiClient(base, Duration.ofMinutes(5));
            admin.auth().login("admin@smavs.com", "admin123");
            lecturer = new ApiClient(base, Duration.ofMinutes(1));
            lecturerToken = lecturer.auth().login("lecturer@smavs.com", "lecturer123").accessToken();
            long started = System.nanoTime();
            StringBuilder csv = new StringBuilder("email,full_name,student_number,course_code,password\n");
            for (int i = 0; i < students; i++) {
                csv.append("student").append(i).append("@load.test,Load Student ").append(i).append(",L").append(100000 + i)
                        .append(",CS101,load-password-").append(i).append('\n');
            }
            var imported = admin.admin().importStudents(csv.toString());
            System.out.printf(Locale.ROOT, "  imported %d students in %.1f s%n", imported.created(),
                    (System.nanoTime() - started) / 1e9);

            List<HttpRequest> signIns = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                signIns.add(json(HttpRequest.newBuilder(URI.create(base + ApiPaths.AUTH_LOGIN)),
                        "{\"email\":\"student" + i + "@load.test\",\"password\":\"load-password-" + i + "\"}").build());
            }
            Map<Integer, String> signedIn = new ConcurrentHashMap<>();
            LoadRun.Result result = new LoadRun().each(signIns, 32, (index, response) -> {
                if (response.statusCode() == 200) {
                    signedIn.put(index, accessToken(response.body()));
                }
            });
            report("sign-in", String.format(Locale.ROOT, "%d correct sign-ins from one address, 32 clients: %d ok, %s, "
                            + "%.1f s (%.0f/s), p95 %.0f ms", students, result.statuses().getOrDefault(200, 0),
                    result.statuses(), result.seconds(), result.perSecond(), result.percentile(95)),
                    result.statuses().getOrDefault(200, 0) == students && result.seconds() <= 120);
            for (int i = 0; i < students; i++) {
                tokens.add(signedIn.containsKey(i) ? signedIn.get(i) : signInPatiently(i));
            }
            enrolEveryone();
            Settings settings = admin.admin().settings();
            // Only two public-domain portraits may be used, so every selfie of a burst shows the same face: the
            // worst case for the duplicate-face check (each check-in matches every earlier one). The strictest
            // threshold the settings allow keeps the comparison work as in a real hall.
            admin.admin().updateSettings(new Settings(0.9, settings.livenessThreshold(), settings.qrStepSeconds(),
                    settings.qrGraceSteps(), settings.selfieRetentionDays()));
        }

        private void enrolEveryone() throws InterruptedException {
            byte[] hopper;
            byte[] astronaut;
            try {
                hopper = LatencyStats.resource("/faces/grace_hopper.jpg");
                astronaut = LatencyStats.resource("/faces/astronaut.png");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            long started = System.nanoTime();
            List<HttpRequest> binds = new ArrayList<>();
            List<HttpRequest> enrolments = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                binds.add(json(authorized(ApiPaths.STUDENT_DEVICE_BIND, tokens.get(i)), "{\"imei\":\"device-" + i + "\"}")
                        .build());
                Multipart form = new Multipart().field("consent", "true")
                        .file("file", i % 2 == 0 ? "hopper.jpg" : "astronaut.png", i % 2 == 0 ? "image/jpeg" : "image/png",
                                i % 2 == 0 ? hopper : astronaut);
                enrolments.add(authorized(ApiPaths.STUDENT_ENROLL_FACE, tokens.get(i))
                        .header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.build())).build());
            }
            LoadRun.Result bound = new LoadRun().each(binds, 8);
            LoadRun.Result enrolled = new LoadRun().each(enrolments, 4);
            System.out.printf(Locale.ROOT, "  bound devices %s and enrolled faces %s in %.1f s%n", bound.statuses(),
                    enrolled.statuses(), (System.nanoTime() - started) / 1e9);
        }

        void selfieBurst(PhonePhotos.Photo photo, int clients) throws Exception {
            Session session = lecturer.lecturer().createSession(new CreateSessionRequest(photo.name() + " burst " + clients,
                    null, 120, LAT, LON, 100.0, null, true, null, null));
            List<HttpRequest> submissions = new ArrayList<>();
            for (int i = 0; i < students; i++) {
                Multipart form = new Multipart().field("session_code", session.code()).field("imei", "device-" + i)
                        .field("latitude", LAT).field("longitude", LON).field("accuracy_m", 10)
                        .file("selfie", "selfie" + (photo.contentType().equals("image/png") ? ".png" : ".jpg"),
                                photo.contentType(), photo.bytes());
                submissions.add(authorized(ApiPaths.STUDENT_ATTENDANCE, tokens.get(i))
                        .header("Content-Type", form.contentType())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(form.build())).build());
            }
            MemoryWatch memory = new MemoryWatch(server);
            memory.start();
            LoadRun.Result result = new LoadRun().each(submissions, clients);
            memory.stop();
            double ceiling = ceilings.get(photo.name());
            double ratio = result.perSecond() / ceiling;
            boolean pass = ratio >= 0.75 && result.errors(201) == 0 && (clients != 32 || result.percentile(95) <= 1000)
                    && memory.maxHeapMb() <= 512 && server.isAlive();
            report("check-in " + photo.name() + " " + clients, String.format(Locale.ROOT,
                    "%d selfie check-ins (%s), %d clients: %.1f/s = %.0f %% of the face pipeline's %.1f/s; p50 %.0f ms, "
                            + "p95 %.0f ms; answers %s; heap max %d MB, RSS max %d MB", students, photo.name(), clients,
                    result.perSecond(), ratio * 100, ceiling, result.percentile(50), result.percentile(95),
                    result.statuses(), memory.maxHeapMb(), memory.maxRssMb()), pass);
            lastSession = session;
        }

        void reads() throws Exception {
            String token = lecturerToken;
            double trivial = ceilings.get("trivial");
            Map<String, String> paths = new LinkedHashMap<>();
            paths.put("roster (default page)", ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE, lastSession.id()));
            paths.put("roster (all 600, ?limit=1000)",
                    ApiPaths.withId(ApiPaths.LECTURER_SESSION_ATTENDANCE, lastSession.id()) + "?limit=1000");
            paths.put("flagged list", ApiPaths.withId(ApiPaths.LECTURER_SESSION_FLAGGED, lastSession.id()));
            paths.put("dashboard", ApiPaths.LECTURER_DASHBOARD);
            for (Map.Entry<String, String> read : paths.entrySet()) {
                URI uri = URI.create(base + read.getValue());
                LoadRun load = new LoadRun();
                load.during(2, 32, i -> HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build());
                LoadRun.Result result = load.during(seconds, 32,
                        i -> HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).build());
                double ratio = result.perSecond() / trivial;
                report("read " + read.getKey(), String.format(Locale.ROOT, "%s of a 600-record session, 32 clients: "
                                + "%.0f req/s = %.1f %% of the trivial endpoint; p95 %.1f ms; answers %s", read.getKey(),
                        result.perSecond(), ratio * 100, result.percentile(95), result.statuses()),
                        !read.getKey().startsWith("roster") || ratio >= 0.20);
            }
        }

        private String signInPatiently(int i) {
            for (int attempt = 0; attempt < 200; attempt++) {
                try {
                    HttpResponse<String> response = HTTP.send(json(HttpRequest.newBuilder(URI.create(base + ApiPaths.AUTH_LOGIN)),
                            "{\"email\":\"student" + i + "@load.test\",\"password\":\"load-password-" + i + "\"}").build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200) {
                        return accessToken(response.body());
                    }
                    long wait = response.headers().firstValueAsLong("Retry-After").orElse(1);
                    Thread.sleep(Math.min(wait, 5) * 1000);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalStateException("student" + i + " could not sign in");
        }

        private HttpRequest.Builder authorized(String path, String token) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2))
                    .header("Authorization", "Bearer " + token);
        }
    }

    /** Samples the server's heap (from /metrics) and resident memory while a burst runs. */
    private static final class MemoryWatch {
        private final ChildJvm server;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong maxHeap = new AtomicLong();
        private final AtomicLong maxRss = new AtomicLong();
        private Thread thread;

        MemoryWatch(ChildJvm server) {
            this.server = server;
        }

        void start() {
            thread = new Thread(() -> {
                URI metrics = URI.create(server.baseUrl() + ApiPaths.METRICS);
                while (running.get()) {
                    try {
                        String text = HTTP.send(HttpRequest.newBuilder(metrics).build(),
                                HttpResponse.BodyHandlers.ofString()).body();
                        long heap = 0;
                        for (String line : text.split("\n")) {
                            if (line.startsWith("jvm_memory_used_bytes{area=\"heap\"")) {
                                heap += (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                            }
                        }
                        maxHeap.accumulateAndGet(heap, Math::max);
                        maxRss.accumulateAndGet(server.residentMb(), Math::max);
                        Thread.sleep(250);
                    } catch (IOException | RuntimeException e) {
                        // a busy server may not answer every sample in time
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "memory-watch");
            thread.setDaemon(true);
            thread.start();
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }

        long maxHeapMb() {
            return maxHeap.get() / (1024 * 1024);
        }

        long maxRssMb() {
            return maxRss.get();
        }
    }

    private void report(String name, String line, boolean metTarget) {
        System.out.println("  " + line + (metTarget ? "" : "   << target missed"));
        summary.add(String.format(Locale.ROOT, "  %-4s %s", metTarget ? "ok" : "MISS", line));
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder, String body) {
        return builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    }

    static String accessToken(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            return node.get("access_token").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    static String createPostgresDatabase() throws SQLException {
        String name = "smavs_load_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null)) {
            connection.createStatement().execute("CREATE DATABASE " + name);
        }
        return "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres";
    }

    static void dropPostgresDatabase(String jdbcUrl) throws SQLException {
        String name = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1, jdbcUrl.indexOf('?'));
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres", "postgres", null)) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }
}
