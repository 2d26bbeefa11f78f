package org.smavs.kiosk;

import java.time.Duration;
import org.smavs.kiosk.checkin.CheckInTimings;

/** Timings of the kiosk; production values here, tests pass shorter ones. */
public record KioskTuning(CheckInTimings checkIn, int burstFrames, Duration burstSpan, Duration syncInterval,
                          Duration requestTimeout, Duration cameraFrameInterval) {
    public static KioskTuning standard() {
        return new KioskTuning(CheckInTimings.standard(), 8, Duration.ofSeconds(2), Duration.ofSeconds(10),
                Duration.ofSeconds(8), Duration.ofMillis(66));
    }
}
