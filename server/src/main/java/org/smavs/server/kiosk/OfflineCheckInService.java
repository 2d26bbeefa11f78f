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
import org.smavs.server.attendance.FaceLayer;
import org.smavs.server.auth.Actor;
import org.smavs.server.biometrics.FaceService;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.persistence.Database;
import org.smavs.server.persistence.UniqueViolations;
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
    private static final Duration MAX_AGE = Duration.ofDays(7);

    private final Database database;
    private final KioskRegistry registry;
    private final StudentIdentifier identifier;
    private final KioskFrames frames;
    private final KioskFaceCheck faceCheck;
    private final KioskRecordWriter writer;
    private final IdempotencyService idempotency;
    private final LiveEvents live;
    private final ObjectMapper json;
    private final Clock clock;

    public OfflineCheckInService(Database database, KioskRegistry registry, StudentIdentifier identifier, KioskFrames frames,
                                 FaceService faces, KioskRecordWriter writer, IdempotencyService idempotency, LiveEvents live,
                                 ObjectMapper json, Clock clock) {
        this.database = database;
        this.registry = registry;
        this.identifier = identifier;
        this.frames = frames;
        this.faceCheck = new KioskFaceCheck(faces);
        this.writer = writer;
        this.idempotency = idempotency;
        this.live = live;
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
        String key;
        try {
            key = IdempotencyService.validKey(item.idempotencyKey());
            if (key == null) {
                throw ValidationException.field("idempotency_key", "is required for every offline check-in");
            }
        } catch (DomainException e) {
            return failure(item.idempotencyKey(), e);
        }
        String scope = "kiosk-offline:" + kiosk.kioskId();
        String hash = fingerprint(item);
        Optional<IdempotencyService.StoredResponse> earlier;
        try {
            earlier = idempotency.replay(scope, key, hash);
        } catch (DomainException e) {
            return failure(key, e); // the same key was used for a different check-in
        }
        if (earlier.isPresent()) {
            return read(earlier.get().body());
        }
        OfflineResult result;
        try {
            result = process(kiosk, item, scope, key, hash);
        } catch (DomainException e) {
            if (e.status() >= 500 || e.status() == 429) {
                return failure(key, e); // transient: not remembered, the kiosk retries later
            }
            result = failure(key, e);
            OfflineResult permanent = result;
            try {
                database.run(session -> idempotency.remember(session, scope, key, hash, 200, write(permanent)));
            } catch (RuntimeException raced) {
                return idempotency.replay(scope, key, hash).map(stored -> read(stored.body())).orElse(permanent);
            }
        }
        return result;
    }

    private OfflineResult process(Actor kiosk, OfflineCheckIn item, String scope, String key, String hash) {
        Instant now = clock.instant();
        Instant capturedAt = item.capturedAt() == null ? null : item.capturedAt().toInstant();
        if (capturedAt == null || capturedAt.isAfter(now.plus(CLOCK_SKEW)) || capturedAt.isBefore(now.minus(MAX_AGE))) {
            throw ValidationException.field("captured_at", "must be the capture time, at most 7 days ago");
        }
        List<byte[]> burst = frames.check(decode(item.frames()));
        Target target = database.inTransaction(session -> {
            long roomId = registry.require(session, kiosk.kioskId()).getRoomId();
            SessionEntity session0 = RoomSessions.inRoomAt(session, item.sessionId(), roomId, capturedAt);
            if (session0 == null) {
                throw new RuleViolationException(ErrorCodes.SESSION_CLOSED,
                        "Session " + item.sessionId() + " was not running in this kiosk's room at the capture time");
            }
            StudentIdentifier.Identified who = identifier.identify(session, item.studentPass(), item.studentNumber(),
                    item.pin(), capturedAt);
            return who == null ? null : new Target(session0, who);
        });
        if (target == null) {
            throw StudentIdentifier.failed();
        }
        long studentId = target.who().student().getId();
        KioskFaceCheck.Outcome outcome = faceCheck.evaluate(studentId, null, burst, item.sessionId(), kiosk.kioskId());
        FaceLayer.FaceEvidence face = outcome.face();
        String selfieKey = frames.storeSelfie(item.sessionId(), outcome.selfie());
        String deviceId = target.who().deviceId() != null ? target.who().deviceId() : "kiosk-" + kiosk.kioskId();
        try {
            KioskRecordWriter.Written written = database.inTransaction(session -> {
                KioskRecordWriter.Written stored = writer.write(session, new KioskRecordWriter.Evidence(
                        session.find(SessionEntity.class, item.sessionId()), studentId, kiosk.kioskId(), deviceId, face,
                        selfieKey, capturedAt, true), clock.instant(), kiosk);
                idempotency.remember(session, scope, key, hash, 200,
                        write(new OfflineResult(key, stored.record(), null, null)));
                return stored;
            });
            written.publish(live);
            return new OfflineResult(key, written.record(), null, null);
        } catch (RuntimeException e) {
            frames.deleteQuietly(selfieKey);
            if (UniqueViolations.isViolationOf(e, "uq_idempotency")) {
                return idempotency.replay(scope, key, hash).map(stored -> read(stored.body())).orElseThrow(() -> e);
            }
            if (UniqueViolations.isViolationOf(e, "uq_attendance_session_student")) {
                throw KioskCheckInService.alreadyCheckedIn();
            }
            throw e;
        }
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
        return Sha256.hex(write(item));
    }

    private static OfflineResult failure(String key, DomainException e) {
        return new OfflineResult(key, null, e.code(), e.getMessage());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private OfflineResult read(String body) {
        try {
            return json.readValue(body, OfflineResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored offline result is unreadable", e);
        }
    }
}
