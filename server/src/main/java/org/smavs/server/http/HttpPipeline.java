package org.smavs.server.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.List;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.config.HttpSettings;

/**
 * Everything every request passes through, in order: request id → CORS → drain gate → access check →
 * handler → security headers, metrics. Installs the route table into Javalin.
 */
public final class HttpPipeline {
    private static final String STARTED = "smavs.startedNanos";

    private final HttpSettings config;
    private final RequestIds requestIds;
    private final AccessControl accessControl;
    private final SecurityHeaders securityHeaders = new SecurityHeaders();
    private final ErrorMapping errorMapping = new ErrorMapping();
    private final PrometheusMeterRegistry registry;
    private final Drain drain;

    public HttpPipeline(HttpSettings config, Authenticator authenticator, AuditLog audit, PrometheusMeterRegistry registry,
                        Drain drain) {
        this.drain = drain;
        this.config = config;
        this.requestIds = new RequestIds(ClientAddress.trusting(config.trustedProxies()), config.trustProxyHeaders());
        this.accessControl = new AccessControl(authenticator, audit);
        this.registry = registry;
    }

    public void install(JavalinConfig javalin, List<RouteSpec> routes) {
        installCors(javalin);
        errorMapping.register(javalin);
        javalin.routes.before(ctx -> {
            ctx.attribute(STARTED, System.nanoTime());
            requestIds.before(ctx);
            securityHeaders.apply(ctx);
            drain.enter(ctx);
        });
        javalin.routes.beforeMatched(accessControl::check);
        javalin.routes.after(this::recordMetrics);
        javalin.routes.after(requestIds::after);
        javalin.routes.after(drain::leave);
        for (RouteSpec route : routes) {
            javalin.routes.addHttpHandler(route.method(), route.path(), withDeclaredStatus(route),
                    route.roles().toArray(ApiRole[]::new));
        }
    }

    /**
     * The route table declares each route's success status (201 for creations, 204 for deletions); the
     * pipeline sets it before the handler runs, so controllers only answer values. Errors override it.
     */
    private static Handler withDeclaredStatus(RouteSpec route) {
        int status = route.successStatus();
        Handler handler = route.handler();
        return ctx -> {
            ctx.status(status);
            handler.handle(ctx);
        };
    }

    private void installCors(JavalinConfig javalin) {
        List<String> origins = config.corsOrigins();
        if (origins.isEmpty()) {
            return;
        }
        javalin.bundledPlugins.enableCors(cors -> cors.addRule(rule -> {
            if (origins.contains("*")) {
                rule.anyHost();
            } else {
                origins.forEach(rule::allowHost);
            }
            rule.allowCredentials = config.corsCredentials() && !origins.contains("*");
            rule.exposeHeader(RequestIds.HEADER);
            rule.exposeHeader("Retry-After");
        }));
    }

    private void recordMetrics(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) {
            return;
        }
        // The route template ("/api/v1/lecturers/sessions/{id}"), never the raw path: one series per route, not
        // per session id. ctx.endpoint() here would be this after-handler ("*").
        io.javalin.router.Endpoint matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? "unmatched" : matched.path;
        Timer.builder("http_server_requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .tag("status_class", ctx.statusCode() / 100 + "xx")
                .register(registry)
                .record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
    }
}
