package org.smavs.server.kiosk;

import io.javalin.http.Context;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.web.PathParams;
import org.smavs.server.web.RequestContext;

/** /api/v1/kiosk: the kiosk's own endpoints (kiosk credential). */
public final class KioskController {
    /** Offline batches carry base64 frames: up to 20 check-ins × 12 frames. */
    private static final int OFFLINE_BODY_LIMIT = 30 * 1024 * 1024;

    private final KioskCheckInService checkIns;
    private final OfflineCheckInService offline;
    private final JsonBodies bodies;
    private final MultipartForms forms;

    public KioskController(KioskCheckInService checkIns, OfflineCheckInService offline, JsonBodies bodies, MultipartForms forms) {
        this.checkIns = checkIns;
        this.offline = offline;
        this.bodies = bodies;
        this.forms = forms;
    }

    public void currentSession(Context ctx) {
        ctx.json(checkIns.current(RequestContext.actor(ctx)));
    }

    public void start(Context ctx) {
        ctx.json(checkIns.start(RequestContext.actor(ctx), bodies.read(ctx, StartCheckInRequest.class)));
    }

    public void complete(Context ctx) {
        long id = PathParams.id(ctx);
        MultipartForms.requireMultipart(ctx);
        ctx.json(checkIns.complete(RequestContext.actor(ctx), id, forms.files(ctx, "frames", KioskFrames.MAX_FRAMES)));
    }

    public void offline(Context ctx) {
        ctx.json(offline.upload(RequestContext.actor(ctx), bodies.read(ctx, OfflineBatch.class, OFFLINE_BODY_LIMIT)));
    }
}
