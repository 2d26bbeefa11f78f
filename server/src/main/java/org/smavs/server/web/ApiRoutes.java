package org.smavs.server.web;

import static org.smavs.server.web.ApiRole.ADMIN;
import static org.smavs.server.web.ApiRole.PUBLIC;
import static org.smavs.server.web.ApiRole.USER;

import java.util.List;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.LoginRequest;
import org.smavs.model.auth.RefreshRequest;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;
import org.smavs.server.auth.AuthController;
import org.smavs.server.docs.DocsController;
import org.smavs.server.health.HealthController;
import org.smavs.server.user.UserAdminController;

/** The one route table: every HTTP route of the server, with the roles that may call it. */
public final class ApiRoutes {
    private ApiRoutes() {
    }

    /** Controllers the table dispatches to. */
    public record Controllers(HealthController health, DocsController docs, AuthController auth,
                              UserAdminController userAdmin) {
    }

    public static List<RouteSpec> table(Controllers c) {
        RouteTable r = new RouteTable();

        r.tag("system");
        r.get(ApiPaths.HEALTH, "Liveness and database reachability", c.health()::health, PUBLIC);
        r.get(ApiPaths.METRICS, "Prometheus metrics", c.health()::metrics, PUBLIC);
        r.get(ApiPaths.OPENAPI, "This OpenAPI 3 document", c.docs()::openApi, PUBLIC);
        r.get(ApiPaths.DOCS, "Interactive API documentation (Swagger UI)", c.docs()::swaggerUi, PUBLIC);
        r.get(ApiPaths.REDOC, "One-page API reference", c.docs()::reference, PUBLIC);
        r.get("/webjars/swagger-ui/{version}/{file}", "Swagger UI assets", c.docs()::swaggerAsset, PUBLIC);

        r.tag("auth");
        r.post(ApiPaths.AUTH_REGISTER, "Create an account (students self-register; other roles need an admin)",
                c.auth()::register, PUBLIC).body(RegisterRequest.class).returns(User.class).status(201);
        r.post(ApiPaths.AUTH_LOGIN, "Sign in with email and password (JSON, or form fields username/password)",
                c.auth()::login, PUBLIC).body(LoginRequest.class).returns(TokenPair.class);
        r.get(ApiPaths.AUTH_ME, "The signed-in user", c.auth()::me, USER).returns(User.class);
        r.post(ApiPaths.AUTH_REFRESH, "Exchange a refresh token for a new token pair (rotation)",
                c.auth()::refresh, PUBLIC).body(RefreshRequest.class).returns(TokenPair.class);
        r.post(ApiPaths.AUTH_LOGOUT, "Revoke the refresh tokens of this login", c.auth()::logout, PUBLIC)
                .body(RefreshRequest.class).status(204);

        r.tag("admin");
        r.get(ApiPaths.ADMIN_USERS, "List or search users (?q=)", c.userAdmin()::list, ADMIN).returnsList(User.class);
        r.post(ApiPaths.ADMIN_USERS, "Create a user of any role", c.userAdmin()::create, ADMIN)
                .body(CreateUserRequest.class).returns(User.class).status(201);
        r.patch(ApiPaths.ADMIN_USER, "Change role, activate/deactivate, name, student number or PIN",
                c.userAdmin()::update, ADMIN).body(UpdateUserRequest.class).returns(User.class);
        r.post(ApiPaths.ADMIN_USERS_IMPORT, "Import students from CSV (email,full_name,student_number,course_code)",
                c.userAdmin()::importCsv, ADMIN).consumes("text/csv").returns(ImportResult.class);

        return r.build();
    }
}
