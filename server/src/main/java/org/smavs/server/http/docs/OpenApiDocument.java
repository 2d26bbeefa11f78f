package org.smavs.server.http.docs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smavs.model.error.ApiError;
import org.smavs.server.http.ApiRole;
import org.smavs.server.http.RouteSpec;

/**
 * Builds the OpenAPI 3 document from the route table itself, so a route cannot exist without being
 * documented. Schemas are derived from the shared-model records (snake_case, as on the wire).
 */
public final class OpenApiDocument {
    private static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}");
    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    private final Map<String, Object> schemas = new TreeMap<>();

    public static Map<String, Object> build(List<RouteSpec> routes, String version, List<String> notes) {
        return new OpenApiDocument().document(routes, version, notes);
    }

    private Map<String, Object> document(List<RouteSpec> routes, String version, List<String> notes) {
        Map<String, Object> paths = new TreeMap<>();
        for (RouteSpec route : routes) {
            @SuppressWarnings("unchecked")
            Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(route.path(), p -> new LinkedHashMap<>());
            item.put(route.method().name().toLowerCase(), operation(route));
        }
        schemaFor(ApiError.class);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.0.3");
        doc.put("info", Map.of("title", "SMAVS API", "version", version,
                "description", "Smart Multi-Layered Attendance Verification System, API v1.\n\n" + String.join("\n\n", notes)));
        doc.put("paths", paths);
        doc.put("components", Map.of("schemas", schemas, "securitySchemes", Map.of(
                "bearer", Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT"),
                "kiosk", Map.of("type", "apiKey", "in", "header", "name", "Authorization",
                        "description", "Kiosk <token> as issued by POST /api/v1/kiosk/enroll"))));
        return doc;
    }

    private Map<String, Object> operation(RouteSpec route) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("tags", List.of(route.tag()));
        op.put("summary", route.summary());
        op.put("operationId", route.method().name().toLowerCase() + route.path().replaceAll("[^A-Za-z0-9]+", "_"));
        op.put("x-roles", route.roles().stream().map(ApiRole::name).sorted().toList());
        if (!route.isPublic()) {
            op.put("security", route.roles().contains(ApiRole.KIOSK) ? List.of(Map.of("kiosk", List.of()))
                    : List.of(Map.of("bearer", List.of())));
        }
        List<Object> parameters = new ArrayList<>();
        Matcher matcher = PATH_PARAM.matcher(route.path());
        while (matcher.find()) {
            parameters.add(Map.of("name", matcher.group(1), "in", "path", "required", true,
                    "schema", Map.of("type", "integer", "format", "int64")));
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
        if (route.requestType() != null) {
            op.put("requestBody", Map.of("required", true, "content",
                    Map.of(route.requestContentType(), Map.of("schema", schemaFor(route.requestType())))));
        } else if (!"application/json".equals(route.requestContentType())) {
            op.put("requestBody", Map.of("required", true, "content",
                    Map.of(route.requestContentType(), Map.of("schema", Map.of("type", "object")))));
        }
        Map<String, Object> responses = new LinkedHashMap<>();
        Map<String, Object> success = new LinkedHashMap<>();
        success.put("description", route.successStatus() == 204 ? "No content" : "Success");
        if (route.responseType() != null) {
            Map<String, Object> schema = schemaFor(route.responseType());
            success.put("content", Map.of("application/json", Map.of("schema",
                    route.responseIsList() ? Map.of("type", "array", "items", schema) : schema)));
        }
        if (route.paged()) {
            success.put("headers", Map.of(
                    "X-Next-Cursor", Map.of("description", "cursor of the next page; absent on the last page",
                            "schema", Map.of("type", "string")),
                    "Link", Map.of("description", "<next page URL>; rel=\"next\" when there is one",
                            "schema", Map.of("type", "string"))));
        }
        responses.put(Integer.toString(route.successStatus()), success);
        Map<String, Object> error = Map.of("description", "Error (see ApiError)", "content",
                Map.of("application/json", Map.of("schema", Map.of("$ref", "#/components/schemas/ApiError"))));
        responses.put("default", error);
        op.put("responses", responses);
        return op;
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
        if (cls == long.class || cls == Long.class || cls == int.class || cls == Integer.class) {
            return Map.of("type", "integer");
        }
        if (cls == double.class || cls == Double.class || cls == float.class) {
            return Map.of("type", "number");
        }
        if (cls == boolean.class || cls == Boolean.class) {
            return Map.of("type", "boolean");
        }
        if (cls == OffsetDateTime.class) {
            return Map.of("type", "string", "format", "date-time");
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
                Map<String, Object> properties = new LinkedHashMap<>();
                for (RecordComponent component : cls.getRecordComponents()) {
                    properties.put(SNAKE.translate(component.getName()), schemaFor(component.getGenericType()));
                }
                schemas.put(name, Map.of("type", "object", "properties", properties));
            }
            return Map.of("$ref", "#/components/schemas/" + name);
        }
        return Map.of("type", "object");
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
