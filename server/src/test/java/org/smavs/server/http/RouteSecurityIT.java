package org.smavs.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.router.ParsedEndpoint;
import io.javalin.security.RouteRole;
import io.javalin.security.Roles;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Walks every route Javalin actually registered (not a hand-kept list) and proves: each declares roles;
 * public routes are exactly the listed ones; every other route answers 401 to an anonymous caller and
 * 403 to callers of every role it does not allow; and every route is in the OpenAPI document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteSecurityIT {
    private static final Set<String> PUBLIC_ROUTES = Set.of(
            "GET " + ApiPaths.HEALTH, "GET " + ApiPaths.METRICS, "GET " + ApiPaths.OPENAPI, "GET " + ApiPaths.DOCS,
            "GET " + ApiPaths.REDOC, "GET /webjars/swagger-ui/{version}/{file}",
            "POST " + ApiPaths.AUTH_REGISTER, "POST " + ApiPaths.AUTH_LOGIN, "POST " + ApiPaths.AUTH_REFRESH,
            "POST " + ApiPaths.AUTH_LOGOUT, "POST " + ApiPaths.KIOSK_ENROLL,
            // a forgotten password: asking for a link, using it (API and the mailed page), and what apps may offer
            "GET " + ApiPaths.AUTH_PROVIDERS, "POST " + ApiPaths.AUTH_FORGOT_PASSWORD,
            "POST " + ApiPaths.AUTH_RESET_PASSWORD, "GET " + ApiPaths.RESET_PASSWORD_PAGE,
            "POST " + ApiPaths.RESET_PASSWORD_PAGE,
            // single sign-on: the person is not signed in yet; the provider or a one-time code proves who they are
            "GET " + ApiPaths.AUTH_OIDC_AUTHORIZE, "GET " + ApiPaths.AUTH_OIDC_CALLBACK,
            "POST " + ApiPaths.AUTH_OIDC_TOKEN, "POST " + ApiPaths.AUTH_OIDC_ID_TOKEN);

    private TestServer server;
    private RawHttp raw;
    private final Map<ApiRole, String> credentials = new LinkedHashMap<>();

    @BeforeAll
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2);
        raw = new RawHttp(server.baseUrl());
        credentials.put(ApiRole.STUDENT, "Bearer " + server.student().auth().login("student@smavs.com", "student123").accessToken());
        credentials.put(ApiRole.LECTURER, "Bearer " + server.lecturer().auth().login("lecturer@smavs.com", "lecturer123").accessToken());
        credentials.put(ApiRole.ADMIN, "Bearer " + server.admin().auth().login("admin@smavs.com", "admin123").accessToken());
        KioskCredentialForTests.create(server).ifPresent(token -> credentials.put(ApiRole.KIOSK, "Kiosk " + token));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    @Test
    void everyRouteDeclaresRolesAndOnlyTheListedOnesArePublic() {
        List<String> publicRoutes = new ArrayList<>();
        for (ParsedEndpoint parsed : endpoints()) {
            Set<RouteRole> roles = roles(parsed);
            assertThat(roles).as(describe(parsed) + " declares no role").isNotEmpty();
            if (roles.contains(ApiRole.PUBLIC)) {
                publicRoutes.add(describe(parsed));
            }
        }
        assertThat(publicRoutes).allMatch(PUBLIC_ROUTES::contains);
    }

    @Test
    void everyProtectedRouteRejectsAnonymousCallersWith401() {
        for (ParsedEndpoint parsed : endpoints()) {
            if (roles(parsed).contains(ApiRole.PUBLIC)) {
                continue;
            }
            HttpResponse<String> response = call(parsed, null);
            assertThat(response.statusCode()).as(describe(parsed) + " anonymous: " + response.body()).isEqualTo(401);
        }
    }

    @Test
    void everyProtectedRouteRejectsCallersOfOtherRolesWith403() {
        int checked = 0;
        for (ParsedEndpoint parsed : endpoints()) {
            Set<RouteRole> roles = roles(parsed);
            if (roles.contains(ApiRole.PUBLIC) || roles.contains(ApiRole.USER)) {
                continue;
            }
            for (Map.Entry<ApiRole, String> caller : credentials.entrySet()) {
                if (roles.contains(caller.getKey())) {
                    continue;
                }
                HttpResponse<String> response = call(parsed, caller.getValue());
                assertThat(response.statusCode()).as(describe(parsed) + " as " + caller.getKey() + ": " + response.body())
                        .isEqualTo(403);
                checked++;
            }
        }
        assertThat(checked).isPositive();
    }

    @Test
    void everyRegisteredRouteIsInTheOpenApiDocument() throws Exception {
        JsonNode document = Json.lenientMapper().readTree(raw.get(ApiPaths.OPENAPI, null).body());
        assertThat(document.path("openapi").asText()).startsWith("3.");
        for (ParsedEndpoint parsed : endpoints()) {
            String method = parsed.endpoint.method.name().toLowerCase();
            assertThat(document.path("paths").path(parsed.endpoint.path).has(method))
                    .as(describe(parsed) + " is missing from /openapi.json").isTrue();
        }
    }

    private List<ParsedEndpoint> endpoints() {
        return server.app().javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(parsed.endpoint.method.name()))
                .toList();
    }

    private static Set<RouteRole> roles(ParsedEndpoint parsed) {
        Roles roles = parsed.endpoint.metadata(Roles.class);
        return roles == null ? Set.of() : roles.getRoles();
    }

    private HttpResponse<String> call(ParsedEndpoint parsed, String authorization) {
        String path = parsed.endpoint.path.replaceAll("\\{[^}]+}", "1");
        Map<String, String> headers = authorization == null ? Map.of() : Map.of("Authorization", authorization);
        String method = parsed.endpoint.method.name();
        byte[] body = method.equals("GET") || method.equals("DELETE") ? null : "{}".getBytes();
        return raw.send(method, path, body == null ? null : "application/json", body, headers);
    }

    private static String describe(ParsedEndpoint parsed) {
        return parsed.endpoint.method.name() + " " + parsed.endpoint.path;
    }
}
