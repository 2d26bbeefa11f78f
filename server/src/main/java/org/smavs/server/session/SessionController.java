package org.smavs.server.session;

import io.javalin.http.Context;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.server.web.PageRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /api/v1/lecturers/sessions. */
public final class SessionController {
    private final SessionService service;
    private final JsonBodies bodies;

    public SessionController(SessionService service, JsonBodies bodies) {
        this.service = service;
        this.bodies = bodies;
    }

    public void create(Context ctx) {
        ctx.json(service.create(bodies.read(ctx, CreateSessionRequest.class), RequestContext.actor(ctx)));
    }

    public void list(Context ctx) {
        PageRequest page = PageRequest.of(ctx);
        page.respond(ctx, service.list(RequestContext.actor(ctx), page.offset(), page.fetchSize()));
    }

    public void get(Context ctx) {
        ctx.json(service.get(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void close(Context ctx) {
        ctx.json(service.close(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void expire(Context ctx) {
        ctx.json(service.expire(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void regenerate(Context ctx) {
        ctx.json(service.regenerate(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void qr(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.json(service.qr(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void qrPng(Context ctx) {
        byte[] png = service.qrPng(PathParams.id(ctx), RequestContext.actor(ctx));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("image/png").result(png);
    }

    public void update(Context ctx) {
        ctx.json(service.update(PathParams.id(ctx), bodies.read(ctx, org.smavs.model.session.UpdateSessionRequest.class),
                RequestContext.actor(ctx)));
    }

    public void cancel(Context ctx) {
        ctx.json(service.cancel(PathParams.id(ctx), RequestContext.actor(ctx)));
    }
}
