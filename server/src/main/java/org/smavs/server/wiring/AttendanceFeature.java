package org.smavs.server.wiring;

import org.smavs.model.Json;
import org.smavs.server.analytics.AnalyticsController;
import org.smavs.server.analytics.AnalyticsService;
import org.smavs.server.excuse.ExcuseController;
import org.smavs.server.session.TimetableController;
import org.smavs.server.session.TimetableService;
import org.smavs.server.excuse.ExcuseService;
import org.smavs.server.notify.AttendanceNotices;
import org.smavs.server.attendance.AttendanceMapper;
import org.smavs.server.attendance.AttendanceQueries;
import org.smavs.server.attendance.AttendanceRecords;
import org.smavs.server.attendance.AttendanceReviewService;
import org.smavs.server.attendance.AttendanceSubmissionService;
import org.smavs.server.attendance.CheckInRecorder;
import org.smavs.server.course.CourseEnrolments;
import org.smavs.server.attendance.DuplicateFaceCheck;
import org.smavs.server.attendance.ReviewController;
import org.smavs.server.attendance.SessionResolver;
import org.smavs.server.attendance.StudentAttendanceController;
import org.smavs.server.config.Limits;
import org.smavs.server.device.CheckinPasses;
import org.smavs.server.device.DeviceController;
import org.smavs.server.device.DeviceRepository;
import org.smavs.server.device.DeviceService;
import org.smavs.server.kiosk.KioskCheckInService;
import org.smavs.server.kiosk.KioskController;
import org.smavs.server.kiosk.KioskFrames;
import org.smavs.server.kiosk.OfflineCheckInService;
import org.smavs.server.kiosk.StudentIdentifier;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.live.LiveSocket;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.report.AttendanceCsv;
import org.smavs.server.report.AttendancePdf;
import org.smavs.server.report.DashboardService;
import org.smavs.server.report.ReportController;
import org.smavs.server.report.ReportService;
import org.smavs.server.room.RoomService;
import org.smavs.server.roster.RosterController;
import org.smavs.server.roster.SessionStudents;
import org.smavs.server.session.AbsenteeMarker;
import org.smavs.server.session.QrCodeImages;
import org.smavs.server.session.QrTokens;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionController;
import org.smavs.server.session.SessionMapper;
import org.smavs.server.session.SessionRepository;
import org.smavs.server.session.SessionService;

/**
 * Sessions, devices, the three check-in paths and their one recorder, review, reports, the roster and the
 * live socket. The phone, the kiosk and the kiosk's offline queue each gather evidence their own way and
 * hand it to the same {@link CheckInRecorder}.
 */
record AttendanceFeature(SessionController sessions, DeviceController devices, StudentAttendanceController submissions,
                         ReviewController review, ReportController reports, AnalyticsController analytics,
                         RosterController roster, KioskController kiosk, LiveSocket live, ExcuseController excuses,
                         TimetableController timetable) {

    static AttendanceFeature wire(Platform p, IdentityFeature identity, FaceFeature face, LiveEvents liveEvents,
                                  RoomService rooms) {
        Limits limits = p.config.limits();
        SessionRepository sessionRepository = new SessionRepository();
        SessionAccess access = new SessionAccess(p.audit, p.courseStaff);
        AbsenteeMarker absentees = new AbsenteeMarker();
        SessionMapper sessionMapper = new SessionMapper();
        QrTokens qrTokens = new QrTokens(() -> p.settings.current().qrStepSeconds(),
                () -> p.settings.current().qrGraceSteps(), p.random::bytes);
        SessionService sessions = new SessionService(p.database, sessionRepository, access, sessionMapper, absentees,
                qrTokens, new QrCodeImages(), p.random, p.audit, liveEvents, p.clock);
        CheckinPasses passes = new CheckinPasses(p.config.tokens().secretKey(), p.clock);
        DeviceService devices = new DeviceService(p.database, new DeviceRepository(), passes, p.audit, p.clock);

        AttendanceMapper mapper = new AttendanceMapper();
        AttendanceRecords records = new AttendanceRecords();
        CheckInRecorder recorder = new CheckInRecorder(p.database,
                new DuplicateFaceCheck(face.cipher(), () -> p.settings.current().faceThreshold()), p.blobs,
                p.idempotency, mapper, p.audit, liveEvents, new CourseEnrolments(),
                () -> java.time.Duration.ofMinutes(p.settings.current().lateAfterMinutes()), p.clock);
        AttendanceSubmissionService submissions = new AttendanceSubmissionService(p.database,
                new SessionResolver(sessionRepository, qrTokens), devices, face.evidence(), p.uploads, records, recorder,
                p.idempotency, qrTokens, p.config.attendance().storeRawCoordinates(), p.clock);
        AttendanceQueries queries = new AttendanceQueries(p.database, access, absentees, mapper, p.blobs, p.clock);
        ReportService reports = new ReportService(p.database, access, absentees, queries, new AttendanceCsv(),
                new AttendancePdf(), p.audit, () -> p.settings.current().attendanceThresholdPercent(), p.clock);

        StudentIdentifier identifier = new StudentIdentifier(passes, p.users, p.hasher, p.clock);
        p.maintenance.add("used check-in passes", () -> p.database.inTransaction(identifier::purgeUsedPasses));
        KioskFrames frames = new KioskFrames(p.uploads);
        // one budget per kiosk for live and offline identification alike, or the offline queue bypasses it
        RateLimiter kioskIdentifications = p.limiter("kiosk-pin", "check-in attempts at this kiosk",
                limits.kioskCheckInsPerMinute());
        KioskCheckInService kioskCheckIns = new KioskCheckInService(p.database, identity.kioskRegistry(), identifier,
                frames, face.evidence(), records, mapper, recorder, sessionMapper, qrTokens, kioskIdentifications,
                p.random, p.audit, p.clock);
        OfflineCheckInService offline = new OfflineCheckInService(p.database, identity.kioskRegistry(), identifier,
                frames, face.evidence(), recorder, p.idempotency, kioskIdentifications, p.audit, Json.strictMapper(),
                p.clock);

        p.maintenance.addMinutely("end overdue sessions", sessions::endOverdue);
        LiveSocket liveSocket = new LiveSocket(identity.authenticator(), sessions::requireVisible, liveEvents,
                Json.strictMapper(), p.config.http().corsOrigins(), p.clock);
        p.maintenance.addFrequent("re-check live roster listeners", liveSocket::recheck);
        p.maintenance.add("idempotency keys", () -> p.idempotency.purgeOlderThan(limits.idempotencyRetentionDays()));
        ExcuseService excuses = new ExcuseService(p.database, p.blobs, p.uploads, p.config.http().uploadMaxBytes(),
                access, p.audit, () -> p.settings.current().selfieRetentionDays(), p.clock, p.outbox,
                p.config.mail().institution());
        p.maintenance.add("excuse evidence past retention", () -> excuses.purgeOldEvidence());
        AttendanceNotices notices = new AttendanceNotices(p.database, p.outbox,
                () -> p.settings.current().attendanceThresholdPercent(), () -> p.settings.current().timezone(),
                p.config.mail().institution(), p.clock);
        p.maintenance.add("below-threshold notices", notices::thresholdNotices);
        p.maintenance.addMinutely("staff daily digest", notices::staffDigests);
        return new AttendanceFeature(
                new SessionController(sessions, p.bodies),
                new DeviceController(devices, p.bodies),
                new StudentAttendanceController(submissions, queries, p.forms, p.limiter("submit",
                        "check-in submissions from this account", limits.submissionsPerMinute()),
                        () -> p.settings.current().attendanceThresholdPercent()),
                new ReviewController(queries, new AttendanceReviewService(p.database, access, mapper, p.audit, liveEvents,
                        p.clock), p.bodies),
                new ReportController(reports, new DashboardService(p.database, p.clock)),
                new AnalyticsController(new AnalyticsService(p.database, p.clock)),
                new RosterController(new SessionStudents(p.database, access), rooms),
                new KioskController(kioskCheckIns, offline, p.bodies, p.forms),
                liveSocket, new ExcuseController(excuses, p.forms, p.bodies),
                new TimetableController(new TimetableService(p.database, sessions, sessionRepository, p.random, p.audit,
                        () -> p.settings.current().timezone(), p.clock), p.bodies));
    }
}
