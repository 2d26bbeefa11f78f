package org.smavs.server.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.kiosk.Challenge;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.smavs.model.session.QrToken;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.server.attendance.AttendanceMapper;
import org.smavs.server.attendance.AttendanceRecordEntity;
import org.smavs.server.attendance.AttendanceRecords;
import org.smavs.server.attendance.CheckInEvidence;
import org.smavs.server.attendance.CheckInRecorder;
import org.smavs.server.attendance.FaceEvidenceSource;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.UploadedImage;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.course.CourseEntity;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.persistence.Database;
import org.smavs.server.room.RoomEntity;
import org.smavs.server.session.QrTokens;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.session.SessionMapper;
import org.smavs.server.user.UserEntity;

/**
 * The live kiosk flow: show the room's session, identify the student, issue a random challenge, and
 * verify the burst of frames the kiosk sends back.
 */
public final class KioskCheckInService {
    public static final Duration CHALLENGE_LIFETIME = Duration.ofSeconds(45);
    public static final String NO_ACTIVE_SESSION = "NO_ACTIVE_SESSION";
    public static final String CHALLENGE_EXPIRED = "CHALLENGE_EXPIRED";

    private final Database database;
    private final KioskRegistry registry;
    private final StudentIdentifier identifier;
    private final KioskFrames frames;
    private final FaceEvidenceSource faces;
    private final AttendanceRecords records;
    private final AttendanceMapper mapper;
    private final CheckInRecorder recorder;
    private final SessionMapper sessionMapper;
    private final QrTokens qrTokens;
    private final RateLimiter pinThrottle;
    private final RandomTokens random;
    private final AuditLog audit;
    private final Clock clock;

    public KioskCheckInService(Database database, KioskRegistry registry, StudentIdentifier identifier, KioskFrames frames,
                               FaceEvidenceSource faces, AttendanceRecords records, AttendanceMapper mapper,
                               CheckInRecorder recorder, SessionMapper sessionMapper, QrTokens qrTokens,
                               RateLimiter pinThrottle, RandomTokens random, AuditLog audit, Clock clock) {
        this.database = database;
        this.registry = registry;
        this.identifier = identifier;
        this.frames = frames;
        this.faces = faces;
        this.records = records;
        this.mapper = mapper;
        this.recorder = recorder;
        this.sessionMapper = sessionMapper;
        this.qrTokens = qrTokens;
        this.pinThrottle = pinThrottle;
        this.random = random;
        this.audit = audit;
        this.clock = clock;
    }

    public KioskSession current(Actor kiosk) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            RoomEntity room = session.find(RoomEntity.class, registry.require(session, kiosk.kioskId()).getRoomId());
            SessionEntity running = RoomSessions.runningAt(session, room.getId(), now);
            if (running == null) {
                return new KioskSession(null, null, null, null, room.getName(), 0);
            }
            var model = sessionMapper.toModel(session, running, now);
            QrTokens.Issued qr = qrTokens.issue(running.getId(), running.getQrSecret(), now);
            CourseEntity course = running.getCourseId() == null ? null : session.find(CourseEntity.class, running.getCourseId());
            UserEntity lecturer = session.find(UserEntity.class, running.getLecturerId());
            return new KioskSession(model, new QrToken(qr.token(), qr.expiresAt().atOffset(ZoneOffset.UTC),
                    qrTokens.stepSeconds(), running.getCode()), course == null ? running.getTitle() : course.getName(),
                    lecturer == null ? null : lecturer.getFullName(), room.getName(), model.attendanceCount());
        });
    }

    public CheckInChallenge start(Actor kiosk, StartCheckInRequest request) {
        pinThrottle.check("kiosk-" + kiosk.kioskId());
        try {
            return startIdentified(kiosk, request);
        } catch (RuntimeException e) {
            throw StudentIdentifier.withPassReuseExplained(e);
        }
    }

    private CheckInChallenge startIdentified(Actor kiosk, StartCheckInRequest request) {
        Instant now = clock.instant();
        CheckInChallenge challenge = database.inTransaction(session -> {
            SessionEntity running = runningSession(session, kiosk.kioskId(), now);
            StudentIdentifier.Identified who = identifier.identify(session, request.studentPass(), request.studentNumber(),
                    request.pin(), now);
            if (who == null) {
                audit.record(session, kiosk, "kiosk.identify.failed", "kiosk", kiosk.kioskId(), null);
                return null; // commit the failed-PIN count, then answer
            }
            if (records.exists(session, running.getId(), who.student().getId())) {
                throw CheckInRecorder.alreadyCheckedIn();
            }
            Challenge asked = Challenge.values()[random.nextInt(Challenge.values().length)];
            String deviceId = who.deviceId() != null ? who.deviceId() : "kiosk-" + kiosk.kioskId();
            KioskCheckInEntity checkIn = new KioskCheckInEntity(kiosk.kioskId(), running.getId(), who.student().getId(),
                    deviceId, asked, now, now.plus(CHALLENGE_LIFETIME));
            checkIn.setDeviceFlags(who.deviceFlags());
            session.persist(checkIn);
            session.flush();
            audit.record(session, kiosk, "kiosk.checkin.start", "kiosk_checkin", checkIn.getId(),
                    "student=" + who.student().getId() + ", challenge=" + asked);
            return new CheckInChallenge(checkIn.getId(), asked, checkIn.getExpiresAt().atOffset(ZoneOffset.UTC),
                    who.student().getFullName());
        });
        if (challenge == null) {
            throw StudentIdentifier.failed();
        }
        return challenge;
    }

    public AttendanceRecord complete(Actor kiosk, long checkInId, List<byte[]> rawFrames) {
        List<UploadedImage> inspected = frames.inspect(rawFrames);
        Instant now = clock.instant();
        record Found(KioskCheckInEntity checkIn, AttendanceRecord earlier) {
        }
        Found found = database.inTransaction(session -> {
            KioskCheckInEntity row = session.find(KioskCheckInEntity.class, checkInId);
            if (row == null || !row.getKioskId().equals(kiosk.kioskId())) {
                throw new NotFoundException("No check-in " + checkInId + " at this kiosk");
            }
            if (row.getCompletedAt() != null) {
                // A kiosk that lost the answer sends the same check-in again: give it the same record.
                AttendanceRecordEntity earlier = records.find(session, row.getSessionId(), row.getStudentId());
                if (earlier == null) {
                    throw new ConflictException(ErrorCodes.ALREADY_SUBMITTED, "This check-in was already completed");
                }
                return new Found(row, mapper.toModelWithStudent(session, earlier));
            }
            if (!now.isBefore(row.getExpiresAt())) {
                throw new RuleViolationException(CHALLENGE_EXPIRED, "The challenge timed out; please start again");
            }
            return new Found(row, null);
        });
        if (found.earlier() != null) {
            return found.earlier();
        }
        KioskCheckInEntity checkIn = found.checkIn();
        record Analysed(List<CheckedImage> burst, FaceEvidenceSource.BurstEvidence face) {
        }
        Analysed analysed = frames.withPictureSlot(() -> {
            List<CheckedImage> decoded = frames.decode(inspected);
            return new Analysed(decoded, faces.ofBurst(checkIn.getStudentId(), checkIn.getChallenge(), decoded,
                    checkIn.getSessionId(), kiosk.kioskId()));
        });
        List<CheckedImage> burst = analysed.burst();
        FaceEvidenceSource.BurstEvidence face = analysed.face();
        CheckInEvidence evidence = new CheckInEvidence(checkIn.getSessionId(), checkIn.getStudentId(),
                AttendanceSource.KIOSK, kiosk, List.of(),
                CheckInEvidence.DeviceEvidence.kiosk(checkIn.getDeviceId(), kiosk.kioskId(), checkIn.getDeviceFlags()),
                CheckInEvidence.LocationEvidence.inTheRoom(), face.face(), burst.get(face.bestFrame()), null, now, false,
                null);
        return recorder.record(evidence, (session, target) -> {
            KioskCheckInEntity current = session.find(KioskCheckInEntity.class, checkInId);
            if (current.getCompletedAt() != null) {
                throw new ConflictException(ErrorCodes.ALREADY_SUBMITTED, "This check-in was already completed");
            }
            if (RoomSessions.inRoomAt(session, target.getId(), target.getRoomId(), clock.instant()) == null) {
                throw new RuleViolationException(ErrorCodes.SESSION_CLOSED, "The session ended during the check-in");
            }
            current.complete(clock.instant());
        });
    }

    private SessionEntity runningSession(Session session, long kioskId, Instant now) {
        SessionEntity running = RoomSessions.runningAt(session, registry.require(session, kioskId).getRoomId(), now);
        if (running == null) {
            throw new RuleViolationException(NO_ACTIVE_SESSION, "No class is taking attendance in this room right now");
        }
        return running;
    }

}
