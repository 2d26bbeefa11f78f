package org.smavs.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.slf4j.LoggerFactory;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.server.config.ProductionGuard;
import org.smavs.server.config.ServerConfig;
import org.smavs.server.health.HealthController;
import org.smavs.server.http.ApiRoutes;
import org.smavs.server.http.Drain;
import org.smavs.server.http.JsonErrorPages;
import org.smavs.server.http.HttpPipeline;
import org.smavs.server.http.RouteSpec;
import org.smavs.server.http.docs.DocsController;
import org.smavs.server.persistence.Database;
import org.smavs.server.wiring.Features;

/**
 * The composition root: opens the database, lets each feature wire itself ({@link Features}), puts their
 * controllers into the one route table and returns an unstarted server. Nothing else in the server creates
 * services, and nothing imports this class.
 */
public final class ServerApp implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final String SWAGGER_UI_VERSION = "5.34.1";

    private final ServerConfig config;
    private final Database database;
    private final Javalin javalin;
    private final List<RouteSpec> routes;
    private final List<AutoCloseable> resources;
    private final Runnable maintenanceNow;
    private final Drain drain;

    private ServerApp(ServerConfig config, Database database, Javalin javalin, List<RouteSpec> routes,
                      List<AutoCloseable> resources, Runnable maintenanceNow, Drain drain) {
        this.drain = drain;
        this.config = config;
        this.database = database;
        this.javalin = javalin;
        this.routes = routes;
        this.resources = resources;
        this.maintenanceNow = maintenanceNow;
    }

    public static ServerApp create(ServerConfig config) {
        return create(config, Clock.systemUTC());
    }

    public static ServerApp create(ServerConfig config, Clock clock) {
        return create(config, clock, UnaryOperator.identity());
    }

    /** As {@link #create(ServerConfig, Clock)}, with the database's connections seen through {@code observeDatabase}. */
    public static ServerApp create(ServerConfig requested, Clock clock, UnaryOperator<DataSource> observeDatabase) {
        List<String> problems = ProductionGuard.configProblems(requested);
        if (!problems.isEmpty()) {
            throw new ProductionGuard.RefusedToStart(problems);
        }
        ServerConfig config = requested.withDevSecretIfMissing();
        List<AutoCloseable> resources = new ArrayList<>();
        Database database = Database.open(config.database(), Features.entityClasses(), observeDatabase);
        resources.add(database);
        try {
            return wire(config, clock, database, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static ServerApp wire(ServerConfig config, Clock clock, Database database, List<AutoCloseable> resources) {
        Features features = Features.wire(config, clock, database, resources);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gcMetrics = new JvmGcMetrics();
        gcMetrics.bindTo(registry);
        resources.add(gcMetrics);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        features.meters().forEach(meter -> meter.bindTo(registry));
        AtomicReference<List<RouteSpec>> table = new AtomicReference<>(List.of());
        DocsController docs = new DocsController(table::get, VERSION, List.of(
                "Errors: every non-2xx answer is {detail, code, request_id, errors}.",
                "Live roster: WebSocket " + ApiPaths.LECTURER_SESSION_LIVE
                        + " (Authorization: Bearer, or ?token=) pushes {type, record, session} events."),
                SWAGGER_UI_VERSION);
        Drain drain = new Drain();
        registry.gauge("http_requests_in_flight", drain, Drain::inFlight);
        List<RouteSpec> routes = ApiRoutes.table(features.controllers(
                new HealthController(database, registry, VERSION, features.components(), drain::isDraining,
                        config.http().metricsToken()), docs));
        table.set(routes);
        HttpPipeline pipeline = new HttpPipeline(config.http(), features.authenticator(), features.audit(), registry,
                drain);
        Javalin javalin = Javalin.create(javalinConfig -> {
            configure(javalinConfig, config);
            pipeline.install(javalinConfig, routes);
            features.liveSocket().install(javalinConfig);
        });
        return new ServerApp(config, database, javalin, routes, resources, features.maintenance()::runAll, drain);
    }

    private static void configure(JavalinConfig javalinConfig, ServerConfig config) {
        javalinConfig.startup.showJavalinBanner = false;
        javalinConfig.jsonMapper(new JavalinJackson(Json.strictMapper(), false));
        javalinConfig.http.maxRequestSize = 32L * 1024 * 1024;
        long perFileMb = config.http().uploadMaxImageMb() + 1L;
        javalinConfig.jetty.multipartConfig.maxFileSize(perFileMb, SizeUnit.MB);
        javalinConfig.jetty.multipartConfig.maxTotalRequestSize(32, SizeUnit.MB);
        javalinConfig.jetty.multipartConfig.maxInMemoryFileSize(2, SizeUnit.MB);
        javalinConfig.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorPages()));
    }

    public ServerApp start(int port) {
        javalin.start(port);
        return this;
    }

    public int port() {
        return javalin.port();
    }

    public String baseUrl() {
        return "http://localhost:" + port();
    }

    public Javalin javalin() {
        return javalin;
    }

    public List<RouteSpec> routes() {
        return routes;
    }

    public Database database() {
        return database;
    }

    public ServerConfig config() {
        return config;
    }

    /** Requests the server has started and not yet answered. */
    public int requestsInFlight() {
        return drain.inFlight();
    }

    /** Runs the hourly housekeeping jobs now (operators' tooling and tests; the schedule is unaffected). */
    public void runMaintenanceNow() {
        maintenanceNow.run();
    }

    /**
     * Drains (new requests get 503, those in flight finish, at most SMAVS_DRAIN_SECONDS), then stops the HTTP
     * server and closes the face pool, storage and database, in reverse order of opening.
     */
    public void stop() {
        Duration limit = Duration.ofSeconds(config.http().drainSeconds());
        int unfinished = drain.drain(limit);
        if (unfinished > 0) {
            LoggerFactory.getLogger(ServerApp.class).warn("Stopping with {} request(s) still running after {} s",
                    unfinished, limit.toSeconds());
        }
        javalin.stop();
        closeAll(resources);
        resources.clear();
    }

    @Override
    public void close() {
        stop();
    }

    private static void closeAll(List<AutoCloseable> resources) {
        for (int i = resources.size() - 1; i >= 0; i--) {
            try {
                resources.get(i).close();
            } catch (Exception e) {
                LoggerFactory.getLogger(ServerApp.class).warn("Could not close {}", resources.get(i), e);
            }
        }
    }
}
