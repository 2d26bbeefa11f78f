package org.smavs.kiosk.checkin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.smavs.client.ApiException;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.kiosk.queue.OfflineQueue;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.kiosk.Challenge;
import org.smavs.model.kiosk.CheckInChallenge;
import org.smavs.model.kiosk.OfflineCheckIn;
import org.smavs.model.kiosk.StartCheckInRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The check-in use case without UI: ask the server for a challenge, send the burst, and fall back to the
 * offline queue whenever the server cannot be reached. Blocking; runs on a worker thread.
 */
public final class CheckInService {
    private static final Logger LOG = LoggerFactory.getLogger(CheckInService.class);

    private final KioskBackend backend;
    private final OfflineQueue queue;
    private final Clock clock;
    private final SecureRandom random;

    public CheckInService(KioskBackend backend, OfflineQueue queue, Clock clock, SecureRandom random) {
        this.backend = backend;
        this.queue = queue;
        this.clock = clock;
        this.random = random;
    }

    /** @throws ApiException when the server answered with a refusal (unknown student, wrong PIN, ...) */
    public CheckInAttempt begin(StudentIdentity identity, long sessionId) {
        try {
            CheckInChallenge challenge = backend.start(
                    new StartCheckInRequest(identity.pass(), identity.studentNumber(), identity.pin()));
            return new CheckInAttempt(challenge.checkinId(), challenge.challenge(), challenge.studentName(),
                    identity, sessionId);
        } catch (ApiException e) {
            if (!e.isUnreachable()) {
                throw e;
            }
            LOG.info("Server unreachable; taking an offline check-in for session {}", sessionId);
            Challenge[] all = Challenge.values();
            return new CheckInAttempt(null, all[random.nextInt(all.length)], null, identity, sessionId);
        }
    }

    /** Sends the burst, or queues it durably when the server is (or has become) unreachable. */
    public CheckInOutcome finish(CheckInAttempt attempt, List<byte[]> jpegFrames) {
        if (!attempt.offline()) {
            try {
                AttendanceRecord record = backend.complete(attempt.checkinId(), jpegFrames);
                String name = attempt.studentName() != null ? attempt.studentName() : record.studentName();
                return new CheckInOutcome(record, name, false);
            } catch (ApiException e) {
                if (!e.isUnreachable()) {
                    throw e;
                }
                LOG.info("Server became unreachable during check-in {}; queueing it", attempt.checkinId());
            }
        }
        queue(attempt, jpegFrames);
        return new CheckInOutcome(null, attempt.studentName(), true);
    }

    private void queue(CheckInAttempt attempt, List<byte[]> jpegFrames) {
        Base64.Encoder base64 = Base64.getEncoder();
        StudentIdentity who = attempt.identity();
        OfflineCheckIn item = new OfflineCheckIn(UUID.randomUUID().toString(), who.pass(), who.studentNumber(),
                who.pin(), attempt.sessionId(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                jpegFrames.stream().map(base64::encodeToString).toList());
        try {
            queue.append(item);
        } catch (IOException e) {
            throw new UncheckedIOException("The check-in could not be saved on this kiosk", e);
        }
    }
}
