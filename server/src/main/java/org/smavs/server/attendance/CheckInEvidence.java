package org.smavs.server.attendance;

import java.time.Instant;
import java.util.List;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.server.identity.Actor;
import org.smavs.server.idempotency.IdempotencyService;
import org.smavs.server.upload.CheckedImage;

/**
 * Everything one check-in brings to the {@link CheckInRecorder}, however it was gathered: the phone, the
 * kiosk and the kiosk's offline queue differ only in how they fill this value.
 *
 * @param secretFlags   what the session-secret layer noticed (e.g. a QR token in its grace window)
 * @param face          null when the session does not verify faces
 * @param selfie        stored as review evidence; null when none was sent
 * @param presenceImage the optional classroom photo of the seed's clients
 * @param capturedAt    when the student was there: the request time, or an offline capture's own time
 * @param offline       captured by a kiosk while the server was unreachable
 * @param idempotency   what to remember as the answer, in the same transaction as the record; null without a key
 */
public record CheckInEvidence(long sessionId, long studentId, AttendanceSource source, Actor actor,
                              List<ReasonCode> secretFlags, DeviceEvidence device, LocationEvidence location,
                              FaceEvidence face, CheckedImage selfie, CheckedImage presenceImage, Instant capturedAt,
                              boolean offline,
                              IdempotencyService.Answer<AttendanceRecord, ?> idempotency) {

    public CheckInEvidence {
        secretFlags = List.copyOf(secretFlags);
    }

    /** The device layer: which device (or kiosk) it came from, and what was doubtful about it. */
    public record DeviceEvidence(String deviceId, Long kioskId, List<ReasonCode> flags) {
        public DeviceEvidence {
            flags = List.copyOf(flags);
        }

        /** A kiosk check-in: the device is the student's phone when they showed a pass, else the kiosk. */
        public static DeviceEvidence kiosk(String deviceId, long kioskId, List<ReasonCode> flags) {
            return new DeviceEvidence(deviceId, kioskId, flags);
        }
    }

    /**
     * The location layer. Raw coordinates are null unless the operator chose to store them; distance and
     * in/out are what the lecturer sees.
     */
    public record LocationEvidence(Double distanceM, Boolean withinGeofence, Double accuracyM, Double latitude,
                                   Double longitude, List<ReasonCode> flags) {
        public LocationEvidence {
            flags = List.copyOf(flags);
        }

        /** A kiosk stands in the session's room: the location layer passes by construction. */
        public static LocationEvidence inTheRoom() {
            return new LocationEvidence(0.0, true, null, null, null, List.of());
        }
    }
}
