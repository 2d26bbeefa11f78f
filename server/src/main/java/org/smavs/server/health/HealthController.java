package org.smavs.server.health;

import io.javalin.http.Context;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.LinkedHashMap;
import java.util.Map;
import org.smavs.server.persistence.Database;

/** /health checks the database for real; /metrics exposes Prometheus text. */
public final class HealthController {
    private final Database database;
    private final PrometheusMeterRegistry registry;
    private final String version;
    private final Map<String, java.util.function.Supplier<String>> components;

    public HealthController(Database database, PrometheusMeterRegistry registry, String version,
                            Map<String, java.util.function.Supplier<String>> components) {
        this.database = database;
        this.registry = registry;
        this.version = version;
        this.components = components;
    }

    public void health(Context ctx) {
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
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
