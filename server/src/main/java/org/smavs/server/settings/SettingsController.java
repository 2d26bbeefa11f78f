package org.smavs.server.settings;

import io.javalin.http.Context;
import org.smavs.model.admin.Settings;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.RequestContext;

/** /api/v1/admin/settings. */
public final class SettingsController {
    private final SettingsService settings;
    private final JsonBodies bodies;

    public SettingsController(SettingsService settings, JsonBodies bodies) {
        this.settings = settings;
        this.bodies = bodies;
    }

    public void get(Context ctx) {
        ctx.json(settings.current());
    }

    public void update(Context ctx) {
        ctx.json(settings.update(bodies.read(ctx, Settings.class), RequestContext.actor(ctx)));
    }
}
