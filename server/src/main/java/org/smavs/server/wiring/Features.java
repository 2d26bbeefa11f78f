package org.smavs.server.wiring;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.smavs.server.attendance.AttendanceRecordEntity;
import org.smavs.server.audit.AuditEventEntity;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.health.HealthController;
import org.smavs.server.http.ApiRoutes;
import org.smavs.server.http.docs.DocsController;
import org.smavs.server.live.LiveSocket;
import org.smavs.server.auth.RefreshTokenEntity;
import org.smavs.server.biometrics.FaceTemplateEntity;
import org.smavs.server.config.ServerConfig;
import org.smavs.server.course.CourseEntity;
import org.smavs.server.demo.DemoData;
import org.smavs.server.auth.UnprotectedAdmins;
import org.smavs.server.demo.DemoPasswordCheck;
import org.smavs.server.config.ProductionGuard;
import org.smavs.server.device.DeviceEntity;
import org.smavs.server.device.DeviceResetRequestEntity;
import org.smavs.server.kiosk.KioskCheckInEntity;
import org.smavs.server.kiosk.KioskEntity;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.maintenance.MaintenanceScheduler;
import org.smavs.server.persistence.Database;
import org.smavs.server.room.RoomEntity;
import org.smavs.server.room.RoomService;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.user.ImportJobEntity;
import org.smavs.server.user.UserEntity;

/**
 * Every feature of the server, wired in dependency order on one {@link Platform}: the composition root's
 * table of contents. Start-up checks that read the database run here, before anything serves requests.
 */
public record Features(IdentityFeature identity, FaceFeature face, AdminFeature admin, AttendanceFeature attendance,
                       AuditLog audit, MaintenanceScheduler maintenance, Map<String, Supplier<String>> components,
                       List<io.micrometer.core.instrument.binder.MeterBinder> meters) {

    public static Features wire(ServerConfig config, Clock clock, Database database, List<AutoCloseable> resources) {
        Platform platform = new Platform(config, clock, database, resources);
        if (config.isProduction()) {
            List<String> problems = DemoPasswordCheck.problems(database, platform.hasher);
            if (!problems.isEmpty()) {
                throw new ProductionGuard.RefusedToStart(problems);
            }
            List<String> unprotected = UnprotectedAdmins.emails(database);
            if (!unprotected.isEmpty()) {
                org.slf4j.LoggerFactory.getLogger(Features.class).warn("Administrator account(s) {} sign in with a "
                        + "password alone: switch on the second factor (desktop: Account > Two-step sign-in) or make "
                        + "them single sign-on only", unprotected);
            }
        } else if (config.demoData()) {
            new DemoData(database, platform.hasher, clock, config.demoHistory()).seedIfEmpty();
        }
        IdentityFeature identity = IdentityFeature.wire(platform);
        FaceFeature face = FaceFeature.wire(platform);
        RoomService rooms = new RoomService(database, platform.audit);
        AdminFeature admin = AdminFeature.wire(platform, rooms);
        LiveEvents live = LiveFeature.wire(platform);
        AttendanceFeature attendance = AttendanceFeature.wire(platform, identity, face, live, rooms);
        platform.maintenance
                .add("idle rate-limit buckets", () -> platform.buckets.purgeIdleSince(clock.instant().minusSeconds(3600)))
                .startHourly();
        return new Features(identity, face, admin, attendance, platform.audit, platform.maintenance, platform.components,
                List.copyOf(platform.meters));
    }

    /** The controllers of every feature, for the route table; health and docs describe the server itself. */
    public ApiRoutes.Controllers controllers(HealthController health, DocsController docs) {
        return new ApiRoutes.Controllers(health, docs, identity.auth(), identity.userAdmin(), admin.rooms(),
                admin.courses(), identity.kioskAdmin(), admin.audit(), admin.settings(), attendance.sessions(),
                attendance.devices(), attendance.submissions(), attendance.review(), attendance.reports(),
                attendance.analytics(), face.controller(), attendance.kiosk(), attendance.roster(), admin.privacy(),
                identity.resetPage(), identity.oidc(), attendance.excuses(), attendance.timetable());
    }

    public Authenticator authenticator() {
        return identity.authenticator();
    }

    public LiveSocket liveSocket() {
        return attendance.live();
    }

    /** The mapped entities, for Hibernate's bootstrap (the schema itself comes from Flyway). */
    public static List<Class<?>> entityClasses() {
        return List.of(UserEntity.class, RefreshTokenEntity.class, AuditEventEntity.class, RoomEntity.class,
                CourseEntity.class, KioskEntity.class, FaceTemplateEntity.class, KioskCheckInEntity.class,
                SessionEntity.class, DeviceEntity.class, DeviceResetRequestEntity.class, AttendanceRecordEntity.class,
                ImportJobEntity.class);
    }
}
