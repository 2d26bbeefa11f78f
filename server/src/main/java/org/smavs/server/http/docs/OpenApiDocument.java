package org.smavs.server.http.docs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smavs.model.error.ApiError;
import org.smavs.server.http.ApiRole;
import org.smavs.server.http.RouteSpec;

/**
 * Builds the OpenAPI 3 document from the route table itself, so a route cannot exist without being documented,
 * and from the shared-model records (snake_case, as on the wire). What it promises, and the HTTP tests check
 * (every exchange of them goes through a validator against this document):
 * <ul>
 *   <li>every property of an answer is present (the server writes nulls); reference-typed properties are
 *       {@code nullable}; in request bodies only primitive-typed fields are required;</li>
 *   <li>formats: int32/int64, double, date-time, date, binary for uploaded files (e-mail addresses carry no
 *       format: the server accepts internationalised ones that strict "email" validators refuse);</li>
 *   <li>every request content type a route accepts (JSON, the seed's url-encoded forms, multipart with typed
 *       parts, CSV) and every status it can answer (errors with the error schema; 429/503 with Retry-After);</li>
 *   <li>security per operation: bearer, kiosk credential, or none.</li>
 * </ul>
 */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();
    private static final String JSON = "application/json";
    private static final Map<String, String> TAGS = new LinkedHashMap<>();

    static {
        TAGS.put("auth", "Sign-in: passwords, tokens, single sign-on, two-step sign-in");
        TAGS.put("students", "The mobile app: check-ins, history, device binding, kiosk passes");
        TAGS.put("face", "Face enrolment and verification (with consent)");
        TAGS.put("privacy", "Subject-access export and erasure");
        TAGS.put("lecturers", "Sessions, rosters, review of flagged check-ins, exports, dashboard");
        TAGS.put("admin", "Users, rooms, courses, kiosks, device resets, audit log, settings, analytics");
        TAGS.put("kiosk", "The classroom kiosk: enrolment, current session, check-ins with a liveness challenge");
        TAGS.put("system", "Health, metrics and this documentation");
    }

    /** An error status the server may answer, with the sentence the document gives it. */
    private record ErrorStatus(String code, String name, String description) {
    }

    private final Map<String, Object> schemas = new TreeMap<>();
    private final Set<Class<?>> requestRecords = new HashSet<>();
    private final Set<String> nullableRecords = new HashSet<>();

    public static Map<String, Object> build(List<RouteSpec> routes, String version, List<String> notes) {
        return new OpenApiDocument().document(routes, version, notes);
    }

    private Map<String, Object> document(List<RouteSpec> routes, String version, List<String> notes) {
        for (RouteSpec route : routes) {
            collectRequestRecords(route.requestType());
        }
        Map<String, Object> paths = new TreeMap<>();
        for (RouteSpec route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().name().toLowerCase(), operation(route));
        }
        schemaFor(ApiError.class);
        for (String name : nullableRecords) {
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = new LinkedHashMap<>((Map<String, Object>) schemas.get(name));
            schema.put("nullable", true);
            schemas.put(name, schema);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("title", "SMAVS API");
        info.put("version", version);
        info.put("description", "Smart Multi-Layered Attendance Verification System, API v1.\n\n"
                + String.join("\n\n", notes) + "\n\n" + LIVE_SOCKET);
        info.put("license", Map.of("name", "Proprietary (university deployment)", "url", "https://smavs.invalid/license"));
        doc.put("info", info);
        doc.put("servers", List.of(Map.of("url", "/", "description", "this server")));
        List<Map<String, Object>> tags = new ArrayList<>();
        Set<String> used = new HashSet<>();
        routes.forEach(route -> used.add(route.tag()));
        TAGS.forEach((name, description) -> {
            if (used.contains(name)) {
                tags.add(Map.of("name", name, "description", description));
            }
        });
        doc.put("tags", tags);
        doc.put("paths", paths);
        Map<String, Object> components = new LinkedHashMap<>();
        components.put("schemas", schemas);
        components.put("responses", errorResponses());
        components.put("headers", Map.of("Retry-After", Map.of("description", "seconds to wait before trying again",
                "schema", Map.of("type", "integer", "minimum", 0))));
        components.put("securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
                        "description", "The access token of POST /api/v1/auth/login (15 minutes; renew with "
                                + "/auth/refresh)"),
                "kiosk", Map.of("type", "apiKey", "in", "header", "name", "Authorization",
                        "description", "Kiosk <token> as issued by POST /api/v1/kiosk/enroll")));
        doc.put("components", components);
        return doc;
    }

    /** The live roster socket is not an HTTP operation; apps learn it here. */
    static final String LIVE_SOCKET = """
            ## Live roster (WebSocket)
            `GET /api/v1/lecturers/sessions/{id}/live` upgrades to a WebSocket for the session's lecturer or an \
            admin: the access token in the `Authorization: Bearer` header, or `?token=<access token>` for clients \
            that cannot set headers (a browser's `Origin` must be allowed by CORS_ALLOW_ORIGINS). The server sends \
            one JSON text message per event, a `LiveEvent` `{"type", "record", "session"}`:
            - `type: "record"`: a check-in was recorded or a record changed (review, hand-marking); `record` holds \
            the AttendanceRecord, `session` is null;
            - `type: "flag"`: another record was flagged because of this one (e.g. the same device); `record` holds it;
            - `type: "session"`: the session changed (closed, expired, new code); `session` holds it, `record` is null.
            The server closes with 1008 and a sentence when the token expires, the login ends, the account is \
            deactivated or access is lost (checked every 5 s and before each message); clients reconnect with a \
            fresh token and reload `/attendance` to catch up.""";


    private void collectRequestRecords(Type type) {
        if (type instanceof Class<?> cls && cls.isRecord() && requestRecords.add(cls)) {
            for (RecordComponent component : cls.getRecordComponents()) {
                collectRequestRecords(component.getGenericType());
            }
        } else if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectRequestRecords(argument);
            }
        }
    }

    private Map<String, Object> operation(RouteSpec route) {
        RouteSpec.Contract contract = route.contract();
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(route.tag()));
        op.put("summary", route.summary());
        op.put("description", route.summary() + "\n\nRoles: " + String.join(", ",
                route.roles().stream().map(role -> role.name().toLowerCase()).sorted().toList()) + ".");
        op.put("operationId", operationId(route));
        op.put("x-roles", route.roles().stream().map(ApiRole::name).sorted().toList());
        op.put("security", route.isPublic() ? List.of()
                : route.roles().contains(ApiRole.KIOSK) ? List.of(Map.of("kiosk", List.of()))
                : List.of(Map.of("bearer", List.of())));
        List<Object> parameters = new ArrayList<>();
        Matcher matcher = PATH_PARAM.matcher(route.path());
        while (matcher.find()) {
            String name = matcher.group(1);
            parameters.add(Map.of("name", name, "in", "path", "required", true, "schema",
                    name.equals("id") ? Map.of("type", "integer", "format", "int64") : Map.of("type", "string")));
        }
        for (String field : contract.query()) {
            Field parsed = Field.parse(field);
            parameters.add(Map.of("name", parsed.name(), "in", "query", "required", parsed.required(),
                    "schema", parsed.schema()));
        }
        for (String header : contract.requestHeaders()) {
            parameters.add(Map.of("name", header, "in", "header", "required", false, "description",
                    "the same key for a retried submission answers the first outcome again",
                    "schema", Map.of("type", "string", "maxLength", 200)));
        }
        if (route.paged()) {
            parameters.add(Map.of("name", "limit", "in", "query", "required", false, "description",
                    "rows per page", "schema", Map.of("type", "integer", "minimum", 1, "maximum", 1000, "default", 100)));
            parameters.add(Map.of("name", "cursor", "in", "query", "required", false, "description",
                    "where the page starts: the X-Next-Cursor of the previous page", "schema", Map.of("type", "string")));
        }
        if (!parameters.isEmpty()) {
            op.put("parameters", parameters);
        }
        Map<String, Object> bodies = requestBodies(route);
        if (!bodies.isEmpty()) {
            op.put("requestBody", Map.of("required", true, "content", bodies));
        }
        op.put("responses", responses(route, !bodies.isEmpty()));
        return op;
    }

    private Map<String, Object> requestBodies(RouteSpec route) {
        RouteSpec.Contract contract = route.contract();
        String name = Character.toUpperCase(operationId(route).charAt(0)) + operationId(route).substring(1);
        Map<String, Object> content = new LinkedHashMap<>();
        if (route.requestType() != null) {
            content.put(route.requestContentType(), Map.of("schema", schemaFor(route.requestType())));
        } else if (!contract.formFields().isEmpty()) {
            content.put(route.requestContentType(), Map.of("schema", namedForm(name + "Form", contract.formFields())));
        } else if (route.requestContentType().equals("text/csv")) {
            content.put("text/csv", Map.of("schema", Map.of("type", "string", "description",
                    "header email,full_name,student_number,course_code (optional password, password_hash, pin)"),
                    "example", "email,full_name,student_number,course_code\nada@uni.example,Ada Lovelace,S2001,CS101\n"));
        }
        if (!contract.alsoForm().isEmpty()) {
            content.put("application/x-www-form-urlencoded", Map.of("schema", namedForm(name + "Form",
                    contract.alsoForm())));
        }
        if (route.path().equals(org.smavs.model.ApiPaths.STUDENT_ATTENDANCE) && route.method().name().equals("POST")) {
            // without pictures the seed's clients may send the same fields url-encoded
            content.put("application/x-www-form-urlencoded", Map.of("schema", namedForm(name + "UrlEncodedForm",
                    contract.formFields().stream().filter(field -> !field.contains(":binary")).toList())));
        }
        return content;
    }

    /** A form body as a named schema (generated clients need a name for it). */
    private Map<String, Object> namedForm(String name, List<String> fields) {
        schemas.put(name, formSchema(fields));
        return Map.of("$ref", "#/components/schemas/" + name);
    }

    private Map<String, Object> responses(RouteSpec route, boolean takesBody) {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        int status = route.successStatus();
        success.put("description", switch (status) {
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 204 -> "No content";
            case 302 -> "Redirect: see Location";
            default -> "Success";
        });
        if (route.responseType() != null) {
            Map<String, Object> schema = schemaFor(route.responseType());
            success.put("content", Map.of(JSON, Map.of("schema",
                    route.responseIsList() ? Map.of("type", "array", "items", schema) : schema)));
        } else if (!route.contract().produces().isEmpty()) {
            Map<String, Object> content = new LinkedHashMap<>();
            for (String type : route.contract().produces()) {
                content.put(type, Map.of("schema", type.equals(JSON) ? Map.of("type", "object")
                        : type.startsWith("text/") ? Map.of("type", "string")
                        : Map.of("type", "string", "format", "binary")));
            }
            success.put("content", content);
        }
        if (route.paged()) {
            success.put("headers", Map.of(
                    "X-Next-Cursor", Map.of("description", "cursor of the next page; absent on the last page",
                            "schema", Map.of("type", "string")),
                    "Link", Map.of("description", "<next page URL>; rel=\"next\" when there is one",
                            "schema", Map.of("type", "string"))));
        }
        if (status == 302) {
            success.put("headers", Map.of("Location", Map.of("description", "where the browser goes next",
                    "schema", Map.of("type", "string"))));
        }
        responses.put(Integer.toString(status), success);
        if (route.path().equals(org.smavs.model.ApiPaths.AUTH_OIDC_CALLBACK)) {
            responses.put("400", Map.of("description", "The sign-in could not continue: an HTML page says why",
                    "content", Map.of("text/html", Map.of("schema", Map.of("type", "string")))));
        }
        for (ErrorStatus error : ERRORS) {
            boolean applies = switch (error.code()) {
                case "413", "415" -> takesBody;
                default -> true;
            };
            if (applies && !responses.containsKey(error.code())) {
                responses.put(error.code(), Map.of("$ref", "#/components/responses/" + error.name()));
            }
        }
        return responses;
    }

    private static final List<ErrorStatus> ERRORS = List.of(
            new ErrorStatus("400", "BadRequest", "Malformed request (MALFORMED_REQUEST): not JSON, duplicate keys, "
                    + "wrong types"),
            new ErrorStatus("401", "Unauthorized", "No, an expired or a revoked token (NOT_AUTHENTICATED, "
                    + "INVALID_TOKEN), or refused credentials (INVALID_CREDENTIALS, SSO_ONLY, TOTP_REQUIRED, ...)"),
            new ErrorStatus("403", "Forbidden", "The caller's role may not do this (FORBIDDEN)"),
            new ErrorStatus("404", "NotFound", "No such resource, or not one the caller may see (NOT_FOUND)"),
            new ErrorStatus("409", "Conflict", "Conflicts with the current state (CONFLICT, EMAIL_TAKEN, "
                    + "ALREADY_SUBMITTED, DEVICE_SHARED, ROOM_BOOKED, NOT_FLAGGED, ...)"),
            new ErrorStatus("413", "PayloadTooLarge", "The body or an uploaded file is too large (PAYLOAD_TOO_LARGE)"),
            new ErrorStatus("415", "UnsupportedMediaType", "A content type this route does not take "
                    + "(UNSUPPORTED_MEDIA_TYPE)"),
            new ErrorStatus("422", "Unprocessable", "Invalid fields (VALIDATION_FAILED, with errors[]) or a broken "
                    + "rule (RULE_VIOLATION, FACE_QUALITY, NOT_ENROLLED, SESSION_CLOSED, ...)"),
            new ErrorStatus("428", "PreconditionRequired", "Consent needed first (CONSENT_REQUIRED)"),
            new ErrorStatus("429", "TooManyRequests", "Rate limited (RATE_LIMITED); wait Retry-After seconds"),
            new ErrorStatus("500", "InternalError", "Unexpected failure (INTERNAL_ERROR); the request_id finds it in "
                    + "the server log"),
            new ErrorStatus("503", "ServiceUnavailable", "The database or face engine is unavailable, or the server "
                    + "is shutting down (SERVICE_UNAVAILABLE); try again after Retry-After seconds"));

    private static Map<String, Object> errorResponses() {
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> json = Map.of(JSON, Map.of("schema", Map.of("$ref", "#/components/schemas/ApiError"),
                "example", Map.of("detail", "Incorrect email or password", "code", "INVALID_CREDENTIALS",
                        "request_id", "4f7c1d9e-1b2a-4c3d-9e8f-0a1b2c3d4e5f", "errors", List.of())));
        for (ErrorStatus error : ERRORS) {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("description", error.description());
            if (error.code().equals("429") || error.code().equals("503")) {
                response.put("headers", Map.of("Retry-After", Map.of("$ref", "#/components/headers/Retry-After")));
            }
            response.put("content", json);
            responses.put(error.name(), response);
        }
        return responses;
    }

    private static String operationId(RouteSpec route) {
        StringBuilder id = new StringBuilder(route.method().name().toLowerCase());
        for (String part : route.path().replace("/api/v1", "").split("[^A-Za-z0-9]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }

    /** A form field written {@code name[:type][!]}. */
    private record Field(String name, String type, boolean required) {
        static Field parse(String text) {
            boolean required = text.endsWith("!");
            String body = required ? text.substring(0, text.length() - 1) : text;
            int colon = body.indexOf(':');
            return new Field(colon < 0 ? body : body.substring(0, colon), colon < 0 ? "string" : body.substring(colon + 1),
                    required);
        }

        Map<String, Object> schema() {
            return switch (type) {
                case "integer" -> Map.of("type", "integer", "format", "int64");
                case "number" -> Map.of("type", "number", "format", "double");
                case "boolean" -> Map.of("type", "boolean");
                case "date" -> Map.of("type", "string", "format", "date");
                case "binary" -> Map.of("type", "string", "format", "binary");
                case "binary[]" -> Map.of("type", "array", "items", Map.of("type", "string", "format", "binary"));
                default -> Map.of("type", "string");
            };
        }
    }

    private static Map<String, Object> formSchema(List<String> fields) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (String text : fields) {
            Field field = Field.parse(text);
            properties.put(field.name(), field.schema());
            if (field.required()) {
                required.add(field.name());
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private Map<String, Object> schemaFor(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            Type raw = parameterized.getRawType();
            Type[] args = parameterized.getActualTypeArguments();
            if (raw == List.class || raw == java.util.Set.class) {
                return Map.of("type", "array", "items", schemaFor(args[0]));
            }
            if (raw == Map.class) {
                return Map.of("type", "object", "additionalProperties", schemaFor(args[1]));
            }
            return Map.of("type", "object");
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            return Map.of("type", "string");
        }
        if (cls == long.class || cls == Long.class) {
            return Map.of("type", "integer", "format", "int64");
        }
        if (cls == int.class || cls == Integer.class) {
            return Map.of("type", "integer", "format", "int32");
        }
        if (cls == double.class || cls == Double.class) {
            return Map.of("type", "number", "format", "double");
        }
        if (cls == float.class || cls == Float.class) {
            return Map.of("type", "number", "format", "float");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (cls == OffsetDateTime.class || cls == java.time.Instant.class) {
            return Map.of("type", "string", "format", "date-time");
        }
        if (cls == LocalDate.class) {
            return Map.of("type", "string", "format", "date");
        }
        if (cls.isEnum()) {
            List<String> values = new ArrayList<>();
            for (Object constant : cls.getEnumConstants()) {
                values.add(wireName((Enum<?>) constant));
            }
            return Map.of("type", "string", "enum", values);
        }
        if (cls.isRecord()) {
            String name = cls.getSimpleName();
            if (!schemas.containsKey(name)) {
                schemas.put(name, Map.of()); // placeholder breaks recursion
                schemas.put(name, recordSchema(cls));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
    }

    /**
     * Answers carry every property (nulls included); request bodies need only their primitive fields (the server
     * reports a missing required field in words, 422). Reference-typed properties may be null.
     */
    private Map<String, Object> recordSchema(Class<?> record) {
        boolean request = requestRecords.contains(record);
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String wire = SNAKE.translate(component.getName());
            Map<String, Object> schema = new LinkedHashMap<>(schemaFor(component.getGenericType()));
            boolean primitive = component.getType().isPrimitive();
            if (!primitive) {
                if (schema.containsKey("$ref")) {
                    // $ref siblings are ignored in OpenAPI 3.0: the referenced schema itself says it may be null
                    nullableRecords.add(component.getType().getSimpleName());
                } else {
                    schema.put("nullable", true);
                }
            }
            properties.put(wire, schema);
            if (!request || primitive) {
                required.add(wire);
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        return schema;
    }

    private static String wireName(Enum<?> constant) {
        try {
            Object wire = constant.getClass().getMethod("wire").invoke(constant);
            return wire.toString();
        } catch (ReflectiveOperationException e) {
            return constant.name();
        }
    }
}
