package org.smavs.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.smavs.model.ApiPaths;
import org.smavs.model.Json;
import org.smavs.server.analytics.AnalyticsController;
import org.smavs.server.analytics.AnalyticsService;
import org.smavs.server.attendance.AttendanceMapper;
import org.smavs.server.attendance.AttendanceQueries;
import org.smavs.server.attendance.AttendanceRecordEntity;
import org.smavs.server.attendance.AttendanceReviewService;
import org.smavs.server.attendance.AttendanceSubmissionService;
import org.smavs.server.attendance.DuplicateFaceCheck;
import org.smavs.server.attendance.EmbeddingCipher;
import org.smavs.server.attendance.FaceLayer;
import org.smavs.server.attendance.ReviewController;
import org.smavs.server.attendance.SessionResolver;
import org.smavs.server.attendance.StudentAttendanceController;
import org.smavs.server.device.CheckinPasses;
import org.smavs.server.device.DeviceController;
import org.smavs.server.device.DeviceEntity;
import org.smavs.server.device.DeviceRepository;
import org.smavs.server.device.DeviceResetRequestEntity;
import org.smavs.server.device.DeviceService;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.live.PostgresLiveListener;
import org.smavs.server.live.PostgresLiveNotifier;
import org.smavs.server.live.LiveSocket;
import org.smavs.server.report.AttendanceCsv;
import org.smavs.server.report.AttendancePdf;
import org.smavs.server.report.DashboardService;
import org.smavs.server.report.ReportController;
import org.smavs.server.report.ReportService;
import org.smavs.server.session.AbsenteeMarker;
import org.smavs.server.session.QrCodeImages;
import org.smavs.server.session.QrTokens;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionController;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.session.SessionMapper;
import org.smavs.server.session.SessionRepository;
import org.smavs.server.session.SessionService;
import org.smavs.server.audit.AuditEventEntity;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.AccessTokens;
import org.smavs.server.auth.AuthController;
import org.smavs.server.auth.AuthService;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.auth.PasswordHasher;
import org.smavs.server.auth.RefreshTokenEntity;
import org.smavs.server.auth.RefreshTokens;
import org.smavs.server.config.ProductionGuard;
import org.smavs.server.config.ServerConfig;
import org.smavs.server.course.CourseEnrolments;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.demo.DemoData;
import org.smavs.server.docs.DocsController;
import org.smavs.server.health.HealthController;
import org.smavs.server.persistence.Database;
import org.smavs.server.ratelimit.DatabaseBucketStore;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.roster.RosterController;
import org.smavs.server.roster.SessionStudents;
import org.smavs.server.maintenance.MaintenanceScheduler;
import org.smavs.server.audit.AuditController;
import org.smavs.server.course.CourseController;
import org.smavs.server.course.CourseEntity;
import org.smavs.server.course.CourseService;
import org.smavs.server.biometrics.FaceAnalyzer;
import org.smavs.server.biometrics.FaceController;
import org.smavs.server.biometrics.FaceService;
import org.smavs.server.biometrics.FaceTemplateEntity;
import org.smavs.server.biometrics.FaceTemplates;
import org.smavs.server.biometrics.ReferencePhotoAccess;
import org.smavs.server.biometrics.SelfieRetention;
import org.smavs.server.biometrics.VerificationLog;
import org.smavs.server.face.ChallengePolicy;
import org.smavs.server.face.ChallengeThresholds;
import org.smavs.server.face.FaceAnalysisPool;
import org.smavs.server.face.FaceModels;
import org.smavs.server.face.FaceQualityPolicy;
import org.smavs.server.face.FaceQualityThresholds;
import org.smavs.server.face.FaceTemplateCipher;
import org.smavs.server.face.OnnxFaceEngine;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.face.LivenessPolicy;
import org.smavs.server.kiosk.KioskAdminController;
import org.smavs.server.kiosk.KioskCheckInEntity;
import org.smavs.server.kiosk.KioskCheckInService;
import org.smavs.server.kiosk.KioskController;
import org.smavs.server.kiosk.KioskEntity;
import org.smavs.server.kiosk.KioskFrames;
import org.smavs.server.kiosk.KioskRecordWriter;
import org.smavs.server.kiosk.OfflineCheckInService;
import org.smavs.server.kiosk.StudentIdentifier;
import org.smavs.server.kiosk.KioskRegistry;
import org.smavs.server.room.RoomController;
import org.smavs.server.room.RoomEntity;
import org.smavs.server.room.RoomService;
import org.smavs.server.settings.SettingsController;
import org.smavs.server.settings.SettingsService;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.storage.LocalBlobStore;
import org.smavs.server.storage.S3BlobStore;
import org.smavs.server.upload.ImageUploads;
import org.smavs.server.user.UserAdminController;
import org.smavs.server.user.UserAdminService;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;
import org.smavs.server.web.ApiRoutes;
import org.smavs.server.web.HttpPipeline;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.RouteSpec;

/**
 * The composition root: builds every component with {@code new}, in dependency order, and returns an
 * unstarted server. Nothing else in the server creates services.
 */
public final class ServerApp implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final String SWAGGER_UI_VERSION = "5.34.1";
    /** A client retries within minutes; two days covers a kiosk that was offline over a weekend night. */
    private static final int IDEMPOTENCY_RETENTION_DAYS = 2;
    /** Far above what a student needs (one per session, a few retries), far below a scripted flood. */
    private static final int SUBMISSIONS_PER_MINUTE = 60;

    private final ServerConfig config;
    private final Database database;
    private final Javalin javalin;
    private final List<RouteSpec> routes;
    private final List<AutoCloseable> resources;
    private final MaintenanceScheduler maintenance;

    private ServerApp(ServerConfig config, Database database, Javalin javalin, List<RouteSpec> routes,
                      List<AutoCloseable> resources, MaintenanceScheduler maintenance) {
        this.config = config;
        this.database = database;
        this.javalin = javalin;
        this.routes = routes;
        this.resources = resources;
        this.maintenance = maintenance;
    }

    public static ServerApp create(ServerConfig config) {
        return create(config, Clock.systemUTC());
    }

    public static ServerApp create(ServerConfig config, Clock clock) {
        List<String> problems = ProductionGuard.configProblems(config);
        if (!problems.isEmpty()) {
            throw new ProductionGuard.RefusedToStart(problems);
        }
        List<AutoCloseable> resources = new ArrayList<>();
        Database database = Database.open(config.database(), entityClasses());
        resources.add(database);
        try {
            return wire(config, clock, database, resources);
        } catch (RuntimeException e) {
            closeAll(resources);
            throw e;
        }
    }

    private static ServerApp wire(ServerConfig config, Clock clock, Database database, List<AutoCloseable> resources) {
        PasswordHasher hasher = new PasswordHasher();
        List<String> accountProblems = ProductionGuard.accountProblems(config, database, hasher);
        if (!accountProblems.isEmpty()) {
            throw new ProductionGuard.RefusedToStart(accountProblems);
        }
        if (config.demoData() && !config.isProduction()) {
            new DemoData(database, hasher, clock).seedIfEmpty();
        }
        RandomTokens random = new RandomTokens();
        JsonBodies bodies = new JsonBodies(Json.strictMapper());
        AuditLog audit = new AuditLog(database, clock);
        UserRepository users = new UserRepository();
        BlobStore blobs = blobStore(config, resources);
        ImageUploads imageUploads = new ImageUploads(config.uploadMaxBytes(), config.uploadAllowedImageTypes());
        CourseEnrolments enrolments = new CourseEnrolments();

        AccessTokens accessTokens = new AccessTokens(config.tokenSecrets(), config.jwtAlgorithm(),
                Duration.ofMinutes(config.accessTokenMinutes()), clock);
        RefreshTokens refreshTokens = new RefreshTokens(random, Duration.ofDays(config.refreshTokenDays()), clock);
        DatabaseBucketStore buckets = new DatabaseBucketStore(database);
        AuthService authService = new AuthService(database, users, hasher, accessTokens, refreshTokens,
                new RateLimiter("sign-in", "sign-in attempts from this address", 20, buckets, clock), audit, clock);
        KioskRegistry kioskRegistry = new KioskRegistry(database, random,
                new RateLimiter("kiosk-enrol", "kiosk enrolment attempts from this address", 10, buckets, clock),
                audit, clock);
        Authenticator authenticator = new Authenticator(accessTokens, database, kioskRegistry::kioskIdByToken);
        SettingsService settings = new SettingsService(database, audit, config, FaceMatchPolicy.DEFAULT_THRESHOLD,
                LivenessPolicy.DEFAULT_THRESHOLD);

        UserAdminService userAdmin = new UserAdminService(database, users, authService, hasher, refreshTokens, random, audit);

        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Map<String, Supplier<String>> components = new LinkedHashMap<>();
        components.put("storage", blobs::backendName);
        AtomicReference<List<RouteSpec>> table = new AtomicReference<>(List.of());
        DocsController docs = new DocsController(table::get, VERSION, List.of(
                "Errors: every non-2xx answer is {detail, code, request_id, errors}.",
                "Live roster: WebSocket " + ApiPaths.LECTURER_SESSION_LIVE
                        + " (Authorization: Bearer, or ?token=) pushes {type, record, session} events."),
                SWAGGER_UI_VERSION);
        FaceService faceService = wireFace(config, clock, database, audit, blobs, imageUploads, settings, resources);
        components.put("face", () -> faceService == null ? "disabled" : "ok");
        MultipartForms forms = new MultipartForms(config.uploadMaxBytes());
        IdempotencyService idempotency = new IdempotencyService(database, clock);
        RoomService rooms = new RoomService(database, audit);
        LiveWiring live = wireLiveEvents(database, resources);
        LiveEvents liveEvents = live.hub();
        components.put("live_events", live.reach());
        Platform platform = new Platform(config, clock, database, audit, random, bodies, forms, blobs, imageUploads,
                settings, idempotency, rooms, liveEvents, buckets);
        SelfieRetention retention = new SelfieRetention(database, blobs, () -> settings.current().selfieRetentionDays(), clock);
        MaintenanceScheduler maintenance = new MaintenanceScheduler()
                .add("selfie retention", retention::purgeExpired)
                .add("idempotency keys", () -> idempotency.purgeOlderThan(IDEMPOTENCY_RETENTION_DAYS))
                .add("idle rate-limit buckets", () -> buckets.purgeIdleSince(clock.instant().minus(Duration.ofHours(1))))
                .add("face template keys", () -> {
                    if (faceService != null) {
                        faceService.resealOutdatedTemplates();
                    }
                })
                .startHourly();
        resources.add(maintenance);
        AttendanceWiring attendance = wireAttendance(platform, authenticator, faceService, kioskRegistry, users, hasher);
        ApiRoutes.Controllers controllers = new ApiRoutes.Controllers(
                new HealthController(database, registry, VERSION, components),
                docs,
                new AuthController(authService, bodies),
                new UserAdminController(userAdmin, enrolments::enrolByCode, bodies),
                new RoomController(rooms, bodies),
                new CourseController(new CourseService(database, enrolments, users, audit, clock), bodies),
                new KioskAdminController(kioskRegistry, bodies),
                new AuditController(audit),
                new SettingsController(settings, bodies),
                attendance.controllers(),
                new FaceController(faceService, new ReferencePhotoAccess(database, audit), forms),
                attendance.kiosk(),
                attendance.roster());
        List<RouteSpec> routes = ApiRoutes.table(controllers);
        table.set(routes);
        HttpPipeline pipeline = new HttpPipeline(config, authenticator, audit, registry);

        Javalin javalin = Javalin.create(javalinConfig -> {
            configure(javalinConfig, config);
            pipeline.install(javalinConfig, routes);
            attendance.live().install(javalinConfig);
        });
        return new ServerApp(config, database, javalin, routes, resources, maintenance);
    }

    private static void configure(JavalinConfig javalinConfig, ServerConfig config) {
        javalinConfig.startup.showJavalinBanner = false;
        javalinConfig.jsonMapper(new JavalinJackson(Json.strictMapper(), false));
        javalinConfig.http.maxRequestSize = 32L * 1024 * 1024;
        long perFileMb = config.uploadMaxImageMb() + 1L;
        javalinConfig.jetty.multipartConfig.maxFileSize(perFileMb, SizeUnit.MB);
        javalinConfig.jetty.multipartConfig.maxTotalRequestSize(32, SizeUnit.MB);
        javalinConfig.jetty.multipartConfig.maxInMemoryFileSize(2, SizeUnit.MB);
    }

    private static BlobStore blobStore(ServerConfig config, List<AutoCloseable> resources) {
        if (!config.storage().isS3()) {
            return new LocalBlobStore(config.storage().localDir());
        }
        S3BlobStore s3 = new S3BlobStore(config.storage());
        resources.add(s3);
        // Production buckets are provisioned by the operator; development creates its bucket on first start.
        return config.isProduction() ? s3 : s3.ensureBucket();
    }


    /**
     * The model-backed face layer, or null when switched off. Missing or corrupt models stop the start-up
     * with a message naming the directory: a server that silently skipped face checks would be worse.
     */
    private static FaceService wireFace(ServerConfig config, Clock clock, Database database, AuditLog audit, BlobStore blobs,
                                        ImageUploads imageUploads, SettingsService settings, List<AutoCloseable> resources) {
        if (!config.faceEnabled()) {
            return null;
        }
        OnnxFaceEngine engine = OnnxFaceEngine.load(FaceModels.locate(config.modelsDir()));
        resources.add(engine);
        FaceAnalysisPool pool = new FaceAnalysisPool(engine);
        resources.add(pool); // closed before the engine (resources close in reverse order)
        FaceTemplates templates = new FaceTemplates(
                new FaceTemplateCipher(config.faceTemplateKeyBytes(), config.previousFaceTemplateKeyBytes()));
        FaceService service = new FaceService(database, new FaceAnalyzer(pool, engine.modelVersion()), templates,
                new FaceQualityPolicy(FaceQualityThresholds.defaults()), settings, imageUploads, blobs,
                new VerificationLog(database, clock), audit, new ChallengePolicy(ChallengeThresholds.defaults()), clock);
        return service;
    }

    /** Infrastructure every feature uses, built once in {@link #wire}. */
    private record Platform(ServerConfig config, Clock clock, Database database, AuditLog audit, RandomTokens random,
                            JsonBodies bodies, MultipartForms forms, BlobStore blobs, ImageUploads uploads,
                            SettingsService settings, IdempotencyService idempotency, RoomService rooms,
                            LiveEvents liveEvents, DatabaseBucketStore buckets) {
    }

    /**
     * Live roster events: in-process on H2; on PostgreSQL also NOTIFY/LISTEN, so a lecturer connected to one
     * server instance hears check-ins that reach another.
     */
    private static LiveWiring wireLiveEvents(Database database, List<AutoCloseable> resources) {
        if (!database.settings().isPostgres()) {
            return new LiveWiring(new LiveEvents(), () -> "this instance (embedded database)");
        }
        String instance = UUID.randomUUID().toString();
        LiveEvents hub = new LiveEvents(new PostgresLiveNotifier(database, Json.strictMapper(), instance));
        PostgresLiveListener listener = PostgresLiveListener.start(database.settings(), Json.lenientMapper(), instance, hub);
        resources.add(listener);
        return new LiveWiring(hub, () -> listener.isListening() ? "all instances" : "this instance only (reconnecting)");
    }

    /** The live-event hub and how far its events reach right now (shown by /health). */
    private record LiveWiring(LiveEvents hub, Supplier<String> reach) {
    }

    /** What the attendance and kiosk features add to the route table, and the live WebSocket. */
    private record AttendanceWiring(ApiRoutes.AttendanceControllers controllers, KioskController kiosk,
                                    RosterController roster, LiveSocket live) {
    }

    /** {@code faceService} is null when face verification is switched off. */
    private static AttendanceWiring wireAttendance(Platform p, Authenticator authenticator, FaceService faceService,
                                                   KioskRegistry kioskRegistry, UserRepository users, PasswordHasher hasher) {
        ServerConfig config = p.config();
        Clock clock = p.clock();
        Database database = p.database();
        AuditLog audit = p.audit();
        SettingsService settings = p.settings();
        LiveEvents liveEvents = p.liveEvents();
        SessionRepository sessionRepository = new SessionRepository();
        SessionAccess sessionAccess = new SessionAccess(audit);
        AbsenteeMarker absentees = new AbsenteeMarker();
        SessionMapper sessionMapper = new SessionMapper();
        QrTokens qrTokens = new QrTokens(() -> settings.current().qrStepSeconds(),
                () -> settings.current().qrGraceSteps(), p.random()::bytes);
        SessionService sessions = new SessionService(database, sessionRepository, sessionAccess, sessionMapper,
                absentees, qrTokens, new QrCodeImages(), p.random(), audit, liveEvents, clock);
        CheckinPasses passes = new CheckinPasses(config.secretKey(), clock);
        DeviceService devices = new DeviceService(database, new DeviceRepository(), passes, audit, clock);
        AttendanceMapper recordMapper = new AttendanceMapper();
        DuplicateFaceCheck duplicateFaces = new DuplicateFaceCheck(
                new EmbeddingCipher(config.faceTemplateKey(), config.previousFaceKeys()),
                () -> settings.current().faceThreshold());
        IdempotencyService idempotency = p.idempotency();
        FaceLayer faceLayer = faceService == null ? FaceLayer.UNAVAILABLE : faceService;
        AttendanceSubmissionService submissions = new AttendanceSubmissionService(database,
                new SessionResolver(sessionRepository, qrTokens), devices, faceLayer, duplicateFaces, p.uploads(), p.blobs(),
                idempotency, recordMapper, audit, liveEvents, qrTokens, config.storeRawCoordinates(), Json.strictMapper(), clock);
        AttendanceQueries queries = new AttendanceQueries(database, sessionAccess, absentees, recordMapper, p.blobs(), clock);
        AttendanceReviewService review = new AttendanceReviewService(database, sessionAccess, recordMapper, audit,
                liveEvents, clock);
        ReportService reports = new ReportService(database, sessionAccess, absentees, queries, new AttendanceCsv(),
                new AttendancePdf(), audit, clock);
        ApiRoutes.AttendanceControllers controllers = new ApiRoutes.AttendanceControllers(
                new SessionController(sessions, p.bodies()),
                new DeviceController(devices, p.bodies()),
                new StudentAttendanceController(submissions, queries, p.forms(),
                        new RateLimiter("submit", "check-in submissions from this account", SUBMISSIONS_PER_MINUTE,
                                p.buckets(), clock)),
                new ReviewController(queries, review, p.bodies()),
                new ReportController(reports, new DashboardService(database, clock)),
                new AnalyticsController(new AnalyticsService(database, clock)));

        StudentIdentifier identifier = new StudentIdentifier(passes, users, hasher, clock);
        KioskFrames frames = new KioskFrames(p.uploads(), p.blobs());
        KioskRecordWriter writer = new KioskRecordWriter(duplicateFaces, recordMapper, audit);
        KioskController kiosk = new KioskController(
                new KioskCheckInService(database, kioskRegistry, identifier, frames, faceService, writer, sessionMapper,
                        qrTokens, liveEvents, new RateLimiter("kiosk-pin", "check-in attempts at this kiosk", 30,
                                p.buckets(), clock), p.random(), audit, clock),
                new OfflineCheckInService(database, kioskRegistry, identifier, frames, faceService, writer, idempotency,
                        liveEvents, Json.strictMapper(), clock),
                p.bodies(), p.forms());
        RosterController roster = new RosterController(new SessionStudents(database, sessionAccess), p.rooms());
        LiveSocket live = new LiveSocket(authenticator, sessions::requireVisible, liveEvents, Json.strictMapper());
        return new AttendanceWiring(controllers, kiosk, roster, live);
    }

    static List<Class<?>> entityClasses() {
        return List.of(UserEntity.class, RefreshTokenEntity.class, AuditEventEntity.class, RoomEntity.class,
                CourseEntity.class, KioskEntity.class, FaceTemplateEntity.class, KioskCheckInEntity.class, SessionEntity.class, DeviceEntity.class,
                DeviceResetRequestEntity.class, AttendanceRecordEntity.class);
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

    /** Runs the hourly housekeeping jobs now (operators' tooling and tests; the schedule is unaffected). */
    public void runMaintenanceNow() {
        maintenance.runAll();
    }

    public void stop() {
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
                org.slf4j.LoggerFactory.getLogger(ServerApp.class).warn("Could not close {}", resources.get(i), e);
            }
        }
    }
}
