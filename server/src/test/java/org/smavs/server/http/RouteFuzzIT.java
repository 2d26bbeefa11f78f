package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.smavs.client.Multipart;
import org.smavs.model.Json;
import org.smavs.model.error.ApiError;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;
import org.smavs.server.upload.HostileFiles;

/**
 * Random and mutated requests to every route of the route table (JSON, form and multipart bodies, odd path ids,
 * each caller role): no answer is a 500, and every refusal is the API's error JSON. The server is a throwaway
 * one: the fuzzer may change whatever an admin may change.
 */
class RouteFuzzIT {
    /** Field names the routes read, so random bodies reach past "unknown field" into validation. */
    private static final List<String> FIELDS = List.of("email", "password", "full_name", "role", "student_number",
            "pin", "title", "course_id", "duration_minutes", "latitude", "longitude", "radius_m", "code",
            "require_face", "room_id", "starts_at", "student_id", "status", "note", "imei", "public_key", "platform",
            "model", "refresh_token", "is_active", "name", "building", "student_ids", "request_id", "user_id",
            "session_code", "qr_token", "consent", "enrollment_code", "student_pass", "check_ins", "captured_at",
            "frames", "face_threshold", "qr_step_seconds", "unenrolled_check_ins", "lecturer_id", "accuracy_m");
    private static final AtomicInteger SENT = new AtomicInteger();
    private static final AtomicInteger STALE = new AtomicInteger();
    private static final Map<Integer, AtomicInteger> STATUSES = new java.util.concurrent.ConcurrentHashMap<>();

    private static TestServer server;
    private static List<RouteSpec> routes;
    private static Map<String, String> tokens;

    record FuzzRequest(RouteSpec route, String path, String caller, String contentType, byte[] body) {
        @Override
        public String toString() {
            return route.method() + " " + path + " as " + caller + " (" + contentType + ", " + body.length + " bytes: "
                    + new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1) + ")";
        }
    }

    @BeforeContainer
    static void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        routes = server.app().routes().stream().filter(route -> !route.path().contains("webjars")).toList();
        tokens = new LinkedHashMap<>();
        tokens.put("nobody", null);
        tokens.put("forged", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.");
        tokens.put("student", "Bearer " + server.anonymous().auth().login("student@smavs.com", "student123").accessToken());
        tokens.put("lecturer", "Bearer " + server.anonymous().auth().login("lecturer@smavs.com", "lecturer123").accessToken());
        tokens.put("admin", "Bearer " + server.anonymous().auth().login("admin@smavs.com", "admin123").accessToken());
    }

    @AfterContainer
    static void stop() {
        System.out.println("Route fuzzing: " + SENT.get() + " requests over " + routes.size() + " routes, answers "
                + STATUSES.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "×" + e.getValue().get()).collect(Collectors.joining(" "))
                + "; sent again on a fresh connection: " + STALE.get());
        server.close();
    }

    @Property(tries = 1500, seed = "20261204")
    void noRouteAnswersAServerErrorToAnything(@ForAll("requests") FuzzRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        String token = tokens.get(request.caller());
        if (token != null) {
            headers.put("Authorization", token);
        }
        HttpResponse<String> answer;
        try {
            answer = new RawHttp(server.baseUrl()).send(request.route().method().name(), request.path(),
                    request.contentType(), request.body(), headers);
        } catch (java.io.UncheckedIOException staleConnection) {
            // the pooled connection was closed after an earlier answer whose body the server did not read; a client
            // sends again on a new connection. Failing again means this request itself lost its answer.
            STALE.incrementAndGet();
            answer = new RawHttp(server.baseUrl()).send(request.route().method().name(), request.path(),
                    request.contentType(), request.body(), headers);
        }
        SENT.incrementAndGet();
        STATUSES.computeIfAbsent(answer.statusCode(), status -> new AtomicInteger()).incrementAndGet();
        assertThat(answer.statusCode()).as(request + " → " + answer.body()).isLessThan(500);
        boolean page = answer.headers().firstValue("Content-Type").orElse("").startsWith("text/html");
        if (answer.statusCode() >= 400 && !page) { // the reset page answers people in HTML, not clients in JSON
            ApiError error = parseError(answer.body());
            assertThat(error).as(request + " → " + answer.body()).isNotNull();
            assertThat(error.detail()).as(request.toString()).isNotBlank();
            assertThat(error.code()).as(request.toString()).isNotBlank();
        }
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        Arbitrary<RouteSpec> route = Arbitraries.of(routes);
        Arbitrary<String> caller = Arbitraries.of(new ArrayList<>(tokens.keySet()));
        return Combinators.combine(route, caller, pathIds(), bodies()).as((r, who, id, body) ->
                new FuzzRequest(r, r.path().replaceAll("\\{[a-z_]+\\}", id) + body.query(), who, body.contentType(),
                        body.bytes()));
    }

    private record Body(String contentType, byte[] bytes, String query) {
    }

    private static Arbitrary<String> pathIds() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1, 12).map(String::valueOf),
                Arbitraries.of("0", "-1", "9223372036854775807", "9223372036854775808", "1e3", "abc", "%00", "..",
                        "%2e%2e%2f", "1;DROP%20TABLE%20users", "%F0%9F%98%80", "1.5"));
    }

    private static Arbitrary<Body> bodies() {
        Arbitrary<String> query = Arbitraries.of("", "?limit=5", "?limit=-1", "?limit=abc", "?cursor=%25%25",
                "?cursor=eyJ4IjoxfQ", "?format=pdf", "?format=xml", "?from=2026-01-01&to=2026-12-31",
                "?from=+999999999-12-31&to=x", "?q=%27%20OR%201%3D1", "?status=pending", "?erase=true", "?action=x");
        Arbitrary<Body> json = Combinators.combine(jsonValue(3), query)
                .as((value, q) -> new Body("application/json", value.getBytes(StandardCharsets.UTF_8), q));
        Arbitrary<Body> brokenJson = Combinators.combine(Arbitraries.of("{", "{\"email\":", "[1,2", "{\"a\":1,\"a\":2}",
                "\"\\ud800\"", "nul", "{\"duration_minutes\":6.5}", "{\"student_id\":1e400}", "\u0000"), query)
                .as((text, q) -> new Body("application/json", text.getBytes(StandardCharsets.UTF_8), q));
        Arbitrary<Body> form = Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(6), scalar().list().ofSize(6), query)
                .as((names, values, q) -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < names.size(); i++) {
                        text.append(i == 0 ? "" : "&").append(names.get(i)).append('=')
                                .append(URLEncoder.encode(values.get(i), StandardCharsets.UTF_8));
                    }
                    return new Body("application/x-www-form-urlencoded", text.toString().getBytes(StandardCharsets.UTF_8), q);
                });
        List<byte[]> hostile = new ArrayList<>(HostileFiles.all().values());
        Arbitrary<Body> multipart = Combinators.combine(Arbitraries.of(FIELDS).list().ofMaxSize(5), scalar().list().ofSize(5),
                Arbitraries.of("selfie", "file", "image", "photo", "frames", "presence_image"), Arbitraries.of(hostile),
                Arbitraries.of("image/jpeg", "image/png", "text/plain", "application/octet-stream"), query)
                .as((names, values, fileField, bytes, type, q) -> {
                    Multipart parts = new Multipart();
                    for (int i = 0; i < names.size(); i++) {
                        parts.field(names.get(i), values.get(i));
                    }
                    parts.file(fileField, "upload.jpg", type, bytes);
                    return new Body(parts.contentType(), parts.build(), q);
                });
        Arbitrary<Body> raw = Combinators.combine(Arbitraries.bytes().array(byte[].class).ofMaxSize(300),
                Arbitraries.of("text/csv", "multipart/form-data; boundary=x", "application/json", "text/plain", ""), query)
                .as((bytes, type, q) -> new Body(type.isEmpty() ? null : type, bytes, q));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, json), net.jqwik.api.Tuple.of(1, brokenJson),
                net.jqwik.api.Tuple.of(2, form), net.jqwik.api.Tuple.of(2, multipart), net.jqwik.api.Tuple.of(1, raw));
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30),
                Arbitraries.of("", " ", "true", "0", "-1", "1e309", "NaN", "2026-13-45T25:61:00Z", "student@smavs.com",
                        "ｓtudent@smavs.com", "аdmin@smavs.com", "present", "flagged", "approve", "x".repeat(5000),
                        "' OR '1'='1", "<script>", "../../etc/passwd", "\u202e", "9223372036854775808"));
    }

    private static Arbitrary<String> jsonValue(int depth) {
        Arbitrary<String> leaf = Arbitraries.oneOf(
                scalar().map(text -> "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"")
                        .replaceAll("[\\x00-\\x1f]", "") + "\""),
                Arbitraries.of("null", "true", "false", "0", "-1", "6.5", "1e308", "-9223372036854775809",
                        "99999999999999999999", "[]", "{}"),
                Arbitraries.integers().map(String::valueOf));
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> object = Arbitraries.maps(Arbitraries.of(FIELDS), Arbitraries.lazy(() -> jsonValue(depth - 1)))
                .ofMaxSize(8).map(map -> map.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                        .collect(Collectors.joining(",", "{", "}")));
        Arbitrary<String> array = Arbitraries.lazy(() -> jsonValue(depth - 1)).list().ofMaxSize(4)
                .map(items -> String.join(",", items)).map(items -> "[" + items + "]");
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, object), net.jqwik.api.Tuple.of(1, array),
                net.jqwik.api.Tuple.of(1, leaf));
    }

    private static ApiError parseError(String body) {
        try {
            return Json.lenientMapper().readValue(body, ApiError.class);
        } catch (Exception e) {
            return null;
        }
    }
}
