package org.smavs.server.kiosk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.kiosk.OfflineBatch;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.kiosk.OfflineResult;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.server.attendance.CheckInEvidence;
import org.smavs.server.attendance.CheckInRecorder;
import org.smavs.server.attendance.FaceEvidenceSource;
import org.smavs.server.error.ConflictException;
import org.smavs.server.identity.Actor;
import org.smavs.server.upload.CheckedImage;
import org.smavs.server.upload.UploadedImage;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.DomainException;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.SessionEntity;

/**
 * Check-ins a kiosk captured while the server was unreachable. Each item carries its own idempotency key
 * and is verified on arrival as of its capture time: the pass, the session window in the kiosk's room,
 * face match and liveness. No live challenge could be issued, so every such record is flagged
 * OFFLINE_CAPTURE for the lecturer. A re-sent item gets the answer it got the first time.
 */
public final class OfflineCheckInService {
    public static final int MAX_BATCH = 20;
    /** A kiosk clock may run a little ahead; a capture time further in the future than this is refused. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);
    static final Duration MAX_AGE = Duration.ofDays(7);

    private final Database database;
    private final KioskRegistry registry;
    private final StudentIdentifier identifier;
    private final KioskFrames frames;
    private final FaceEvidenceSource faces;
    private final CheckInRecorder recorder;
    private final IdempotencyService idempotency;
    private final RateLimiter identifications;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    public OfflineCheckInService(Database database, KioskRegistry registry, StudentIdentifier identifier, KioskFrames frames,
                                 FaceEvidenceSource faces, CheckInRecorder recorder, IdempotencyService idempotency,
                                 RateLimiter identifications, AuditLog audit, ObjectMapper json, Clock clock) {
        this.identifications = identifications;
        this.audit = audit;
        this.database = database;
        this.registry = registry;
        this.identifier = identifier;
        this.frames = frames;
        this.faces = faces;
        this.recorder = recorder;
        this.idempotency = idempotency;
        this.json = json;
        this.clock = clock;
    }

    public List<OfflineResult> upload(Actor kiosk, OfflineBatch batch) {
        if (batch == null || batch.checkIns() == null || batch.checkIns().isEmpty() || batch.checkIns().size() > MAX_BATCH) {
            throw ValidationException.field("check_ins", "send 1 to " + MAX_BATCH + " check-ins per request");
        }
        List<OfflineResult> results = new ArrayList<>();
        for (OfflineCheckIn item : batch.checkIns()) {
            results.add(uploadOne(kiosk, item));
        }
        return results;
    }

    private OfflineResult uploadOne(Actor kiosk, OfflineCheckIn item) {
        IdempotencyService.Ticket<OfflineResult> ticket;
        Optional<OfflineResult> earlier;
        try {
            String key = IdempotencyService.validKey(item.idempotencyKey());
            if (key == null) {
                throw ValidationException.field("idempotency_key", "is required for every offline check-in");
            }
            ticket = new IdempotencyService.Ticket<>("kiosk-offline:" + kiosk.kioskId(), key, fingerprint(item),
                    OfflineResult.class);
            earlier = idempotency.replay(ticket); // 422 when the same key was used for a different check-in
        } catch (DomainException e) {
            return failure(item.idempotencyKey(), e);
        }
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            return new OfflineResult(ticket.key(), process(kiosk, item, ticket), null, null);
        } catch (ConflictException e) {
            Optional<OfflineResult> raced = idempotency.replay(ticket); // a concurrent upload of the same item won
            if (raced.isPresent()) {
                return raced.get();
            }
            return rememberFailure(kiosk, item, ticket, e);
        } catch (DomainException e) {
            if (e.status() >= 500 || e.status() == 429) {
                return failure(ticket.key(), e); // transient: not remembered, the kiosk retries later
            }
            return rememberFailure(kiosk, item, ticket, e);
        }
    }

    /**
     * A permanent refusal is remembered, so a re-sent item gets the same answer instead of a new verdict, and audited
     * with its session: the student was told at the kiosk that the check-in would be checked later, so the refusal
     * must be findable by whoever answers their question.
     */
    private OfflineResult rememberFailure(Actor kiosk, OfflineCheckIn item, IdempotencyService.Ticket<OfflineResult> ticket,
                                          DomainException e) {
        OfflineResult permanent = failure(ticket.key(), e);
        try {
            database.run(session -> {
                idempotency.remember(session, ticket, permanent);
                audit.record(session, kiosk, "kiosk.offline_refused", "session", item.sessionId(), "kiosk "
                        + kiosk.kioskId() + ", student_number=" + (item.studentNumber() == null ? "(pass)"
                        : item.studentNumber()) + ", " + e.code() + ": " + e.getMessage());
            });
            return permanent;
        } catch (RuntimeException raced) {
            return idempotency.replay(ticket).orElse(permanent);
        }
    }

    private AttendanceRecord process(Actor kiosk, OfflineCheckIn item, IdempotencyService.Ticket<OfflineResult> ticket) {
        Instant now = clock.instant();
        Instant capturedAt = item.capturedAt() == null ? null : item.capturedAt().toInstant();
        if (capturedAt == null || capturedAt.isAfter(now.plus(CLOCK_SKEW)) || capturedAt.isBefore(now.minus(MAX_AGE))) {
            throw ValidationException.field("captured_at", "must be the capture time, at most 7 days ago");
        }
        List<UploadedImage> inspected = frames.inspect(decode(item.frames()));
        if (item.studentPass() == null || item.studentPass().isBlank()) {
            // PIN guesses share the kiosk's budget with live check-ins; a throttled item stays queued at the kiosk
            identifications.check("kiosk-" + kiosk.kioskId());
        }
        Target target = identify(kiosk, item, capturedAt);
        if (target == null) {
            throw StudentIdentifier.failed();
        }
        return record(kiosk, item, ticket, inspected, capturedAt, target);
    }

    /** The room's session at the capture time and the student; null when the PIN was wrong (already counted). */
    private Target identify(Actor kiosk, OfflineCheckIn item, Instant capturedAt) {
        try {
            return database.inTransaction(session -> {
                long roomId = registry.require(session, kiosk.kioskId()).getRoomId();
                SessionEntity inRoom = RoomSessions.inRoomAt(session, item.sessionId(), roomId, capturedAt);
                if (inRoom == null) {
                    throw new RuleViolationException(ErrorCodes.SESSION_CLOSED,
                            "Session " + item.sessionId() + " was not running in this kiosk's room at the capture time");
                }
                StudentIdentifier.Identified who = identifier.identify(session, item.studentPass(), item.studentNumber(),
                        item.pin(), capturedAt);
                if (who == null) {
                    audit.record(session, kiosk, "kiosk.identify.failed", "kiosk", kiosk.kioskId(),
                            "offline, captured " + capturedAt);
                    return null; // commit the failed-PIN count and the audit event, then answer
                }
                return new Target(inRoom, who);
            });
        } catch (RuntimeException e) {
            throw StudentIdentifier.withPassReuseExplained(e);
        }
    }

    private AttendanceRecord record(Actor kiosk, OfflineCheckIn item, IdempotencyService.Ticket<OfflineResult> ticket,
                                    List<UploadedImage> inspected, Instant capturedAt, Target target) {
        long studentId = target.who().student().getId();
        record Analysed(List<CheckedImage> burst, FaceEvidenceSource.BurstEvidence face) {
        }
        Analysed analysed = frames.withPictureSlot(() -> {
            List<CheckedImage> decoded = frames.decode(inspected);
            return new Analysed(decoded, faces.ofBurst(studentId, null, decoded, item.sessionId(), kiosk.kioskId()));
        });
        List<CheckedImage> burst = analysed.burst();
        FaceEvidenceSource.BurstEvidence face = analysed.face();
        String deviceId = target.who().deviceId() != null ? target.who().deviceId() : "kiosk-" + kiosk.kioskId();
        CheckInEvidence evidence = new CheckInEvidence(item.sessionId(), studentId, AttendanceSource.KIOSK, kiosk,
                List.of(), CheckInEvidence.DeviceEvidence.kiosk(deviceId, kiosk.kioskId(), target.who().deviceFlags()),
                CheckInEvidence.LocationEvidence.inTheRoom(), face.face(), burst.get(face.bestFrame()), null, capturedAt,
                true, new IdempotencyService.Answer<>(ticket, record -> new OfflineResult(ticket.key(), record, null, null)));
        return recorder.record(evidence, CheckInRecorder.BeforeWrite.NOTHING);
    }

    private record Target(SessionEntity session, StudentIdentifier.Identified who) {
    }

    private static List<byte[]> decode(List<String> frames) {
        List<byte[]> decoded = new ArrayList<>();
        for (String frame : frames) {
            try {
                decoded.add(Base64.getDecoder().decode(frame));
            } catch (IllegalArgumentException e) {
                throw ValidationException.field("frames", "must be base64-encoded JPEG or PNG images");
            }
        }
        return decoded;
    }

    private String fingerprint(OfflineCheckIn item) {
        try {
            return Sha256.hex(json.writeValueAsString(item));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot fingerprint an offline check-in", e);
        }
    }

    private static OfflineResult failure(String key, DomainException e) {
        return new OfflineResult(key, null, e.code(), e.getMessage());
    }
}
