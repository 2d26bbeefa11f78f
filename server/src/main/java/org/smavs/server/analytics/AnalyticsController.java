package org.smavs.server.analytics;

import io.javalin.http.Context;

/** GET /admin/analytics. */
public final class AnalyticsController {
    private final AnalyticsService service;

    public AnalyticsController(AnalyticsService service) {
        this.service = service;
    }

    public void analytics(Context ctx) {
        ctx.json(service.analytics());
    }
}
