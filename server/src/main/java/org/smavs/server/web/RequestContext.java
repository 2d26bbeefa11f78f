package org.smavs.server.web;

import io.javalin.http.Context;
import org.smavs.server.identity.Actor;
import org.smavs.server.error.UnauthorizedException;

/** Per-request values set by the before-handlers, read by controllers. */
public final class RequestContext {
    private static final String REQUEST_ID = "smavs.requestId";
    private static final String ACTOR = "smavs.actor";
    private static final String CLIENT_IP = "smavs.clientIp";

    private RequestContext() {
    }

    /** Set once per request by the HTTP pipeline, before any handler runs. */
    public static void bindRequest(Context ctx, String requestId, String clientIp) {
        ctx.attribute(REQUEST_ID, requestId);
        ctx.attribute(CLIENT_IP, clientIp);
    }

    /** Set by the access check once the caller is authenticated. */
    public static void bindActor(Context ctx, Actor actor) {
        ctx.attribute(ACTOR, actor);
    }

    public static String requestId(Context ctx) {
        String id = ctx.attribute(REQUEST_ID);
        return id == null ? "-" : id;
    }

    public static String clientIp(Context ctx) {
        String ip = ctx.attribute(CLIENT_IP);
        return ip == null ? ctx.ip() : ip;
    }

    /** The authenticated caller; the access check guarantees one on non-public routes. */
    public static Actor actor(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        if (actor == null) {
            throw new UnauthorizedException("Sign in to use this endpoint");
        }
        return actor;
    }

    /** The caller if signed in, otherwise an anonymous actor carrying the request id and address. */
    public static Actor actorOrAnonymous(Context ctx) {
        Actor actor = ctx.attribute(ACTOR);
        return actor != null ? actor : Actor.anonymous(requestId(ctx), clientIp(ctx));
    }
}
