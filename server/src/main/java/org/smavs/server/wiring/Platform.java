package org.smavs.server.wiring;

import org.smavs.server.mail.Mailer;
import org.smavs.server.mail.Outbox;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smavs.model.Json;
import org.smavs.server.audit.AuditKeys;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.config.ServerConfig;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.maintenance.MaintenanceScheduler;
import org.smavs.server.persistence.Database;
import org.smavs.server.ratelimit.DatabaseBucketStore;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.settings.SettingsService;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.storage.LocalBlobStore;
import org.smavs.server.storage.S3BlobStore;
import org.smavs.server.upload.ImageUploads;
import org.smavs.server.user.UserRepository;
import org.smavs.server.web.JsonBodies;
import org.smavs.server.web.MultipartForms;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.face.LivenessPolicy;

/**
 * What every feature is built on, made once: configuration, clock, database, audit log, storage, upload
 * checks, run-time settings, idempotency, rate-limit buckets, the hourly maintenance jobs, the components
 * /health reports, and the resources to close on stop (in reverse order of creation).
 */
public final class Platform {
    final ServerConfig config;
    final Clock clock;
    final Database database;
    final List<AutoCloseable> resources;
    final AuditLog audit;
    final RandomTokens random = new RandomTokens();
    final PasswordHasher hasher = new PasswordHasher();
    final UserRepository users = new UserRepository();
    /** Who teaches which course (lead, co-lecturers, teaching assistants): the basis of staff access. */
    final org.smavs.server.course.CourseStaff courseStaff = new org.smavs.server.course.CourseStaff();
    final JsonBodies bodies = new JsonBodies(Json.strictMapper());
    final MultipartForms forms;
    final BlobStore blobs;
    final ImageUploads uploads;
    final SettingsService settings;
    final IdempotencyService idempotency;
    final DatabaseBucketStore buckets;
    final MaintenanceScheduler maintenance = new MaintenanceScheduler();
    /** Every mail the server sends (password links, invitations, notifications) goes out through this one. */
    final Outbox outbox;
    final Map<String, Supplier<String>> components = new LinkedHashMap<>();
    /** What each feature publishes on /metrics, bound once the registry exists. */
    final List<io.micrometer.core.instrument.binder.MeterBinder> meters = new java.util.ArrayList<>();

    Platform(ServerConfig config, Clock clock, Database database, List<AutoCloseable> resources) {
        this.config = config;
        this.clock = clock;
        this.database = database;
        this.resources = resources;
        this.blobs = blobStore();
        this.audit = new AuditLog(database, clock, AuditKeys.derivedFrom(config.tokens().secrets()), blobs);
        this.forms = new MultipartForms(config.http().uploadMaxBytes());
        this.uploads = new ImageUploads(config.http().uploadMaxBytes(), config.http().uploadAllowedImageTypes());
        this.settings = new SettingsService(database, audit, config.attendance(), FaceMatchPolicy.DEFAULT_THRESHOLD,
                LivenessPolicy.DEFAULT_THRESHOLD);
        this.idempotency = new IdempotencyService(database, Json.strictMapper(), clock);
        this.buckets = new DatabaseBucketStore(database);
        this.outbox = closeOnStop(new Outbox(new Mailer(config.mail(), !config.isProduction())));
        components.put("storage", blobs::backendName);
        meters.add(database::bindPoolMetrics);
        maintenance.addMinutely("audit checkpoint", audit::checkpoint);
        resources.add(maintenance);
    }

    /** A per-minute limit on the shared buckets; {@code what} names the counted thing in the 429 message. */
    RateLimiter limiter(String name, String what, int perMinute) {
        return new RateLimiter(name, what, perMinute, buckets, clock);
    }

    <T extends AutoCloseable> T closeOnStop(T resource) {
        resources.add(resource);
        return resource;
    }

    private BlobStore blobStore() {
        if (!config.storage().isS3()) {
            return new LocalBlobStore(config.storage().localDir());
        }
        S3BlobStore s3 = closeOnStop(new S3BlobStore(config.storage()));
        // Production buckets are provisioned by the operator; development creates its bucket on first start.
        return config.isProduction() ? s3 : s3.ensureBucket();
    }
}
