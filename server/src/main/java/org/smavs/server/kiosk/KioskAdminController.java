package org.smavs.server.kiosk;

import io.javalin.http.Context;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.kiosk.KioskEnrollRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /api/v1/admin/kiosks and the kiosk's own /api/v1/kiosk/enroll. */
public final class KioskAdminController {
    private final KioskRegistry registry;
    private final JsonBodies bodies;

    public KioskAdminController(KioskRegistry registry, JsonBodies bodies) {
        this.registry = registry;
        this.bodies = bodies;
    }

    public void list(Context ctx) {
        ctx.json(registry.list());
    }

    public void create(Context ctx) {
        ctx.json(registry.create(bodies.read(ctx, CreateKioskRequest.class), RequestContext.actor(ctx)));
    }

    public void reissue(Context ctx) {
        ctx.json(registry.reissue(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void revoke(Context ctx) {
        ctx.json(registry.revoke(PathParams.id(ctx), RequestContext.actor(ctx)));
    }

    public void enroll(Context ctx) {
        KioskEnrollRequest request = bodies.read(ctx, KioskEnrollRequest.class);
        ctx.json(registry.enroll(request.enrollmentCode(), request.name(), RequestContext.actorOrAnonymous(ctx)));
    }
}
