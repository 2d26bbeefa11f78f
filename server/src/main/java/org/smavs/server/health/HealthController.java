package org.smavs.server.health;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.smavs.server.error.ForbiddenException;
import org.smavs.server.persistence.Database;

/** /health checks the database for real; /metrics exposes Prometheus text. */
public final class HealthController {
    private final Database database;
    private final PrometheusMeterRegistry registry;
    private final String version;
    private final Map<String, java.util.function.Supplier<String>> components;
    private final BooleanSupplier draining;
    private final String metricsToken;

    public HealthController(Database database, PrometheusMeterRegistry registry, String version,
                            Map<String, java.util.function.Supplier<String>> components, BooleanSupplier draining,
                            String metricsToken) {
        this.metricsToken = metricsToken;
        this.draining = draining;
        this.database = database;
        this.registry = registry;
        this.version = version;
        this.components = components;
    }

    public void health(Context ctx) {
        if (draining.getAsBoolean()) {
            // a load balancer takes this instance out of rotation while it finishes what it started
            ctx.header("Retry-After", "5");
            ctx.status(503).json(Map.of("status", "draining", "version", version));
            return;
        }
        boolean databaseUp = database.isReachable();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", databaseUp ? "ok" : "unavailable");
        body.put("database", databaseUp ? "ok" : "unreachable");
        components.forEach((name, state) -> body.put(name, state.get()));
        body.put("version", version);
        if (!databaseUp) {
            ctx.header("Retry-After", "5");
        }
        ctx.status(databaseUp ? 200 : 503).json(body);
    }

    public void metrics(Context ctx) {
        if (!MetricsAccessPolicy.allows(metricsToken, ctx.header("Authorization"), ctx.req().getRemoteAddr(),
                ctx.header("X-Forwarded-For") != null)) {
            throw new ForbiddenException("Metrics are served to this machine only, or to scrapers that send the "
                    + "SMAVS_METRICS_TOKEN as a bearer token");
        }
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
