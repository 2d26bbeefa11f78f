package org.smavs.server.http;

import org.smavs.server.web.RequestContext;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Set;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.ForbiddenException;

/** The before-matched check: authenticates the caller and compares their role with the route's roles. */
final class AccessControl {
    private final Authenticator authenticator;
    private final AuditLog audit;

    AccessControl(Authenticator authenticator, AuditLog audit) {
        this.authenticator = authenticator;
        this.audit = audit;
    }

    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        String requestId = RequestContext.requestId(ctx);
        String ip = RequestContext.clientIp(ctx);
        if (roles.contains(ApiRole.PUBLIC)) {
            readOptionalActor(ctx, requestId, ip);
            return;
        }
        if (roles.isEmpty()) {
            // Routes outside the table (none should exist) are closed by default.
            throw new ForbiddenException("This endpoint is not available");
        }
        Actor actor = authenticator.authenticate(ctx.header("Authorization"), requestId, ip);
        if (!allowed(actor, roles)) {
            audit.record(actor, "access.denied", "route", ctx.method() + " " + ctx.path(), null);
            throw new ForbiddenException("Your role may not use this endpoint");
        }
        RequestContext.bindActor(ctx, actor);
    }

    private void readOptionalActor(Context ctx, String requestId, String ip) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            return;
        }
        try {
            RequestContext.bindActor(ctx, authenticator.authenticate(header, requestId, ip));
        } catch (DomainException ignored) {
            // A public route works without credentials; a stale token must not block it.
        }
    }

    static boolean allowed(Actor actor, Set<RouteRole> roles) {
        if (actor.isKiosk()) {
            return roles.contains(ApiRole.KIOSK);
        }
        if (roles.contains(ApiRole.USER)) {
            return true;
        }
        return switch (actor.role()) {
            case STUDENT -> roles.contains(ApiRole.STUDENT);
            case LECTURER -> roles.contains(ApiRole.LECTURER);
            case ADMIN -> roles.contains(ApiRole.ADMIN);
        };
    }

}
