package org.smavs.kiosk.checkin;

import java.time.Duration;

/** How long each step of a check-in lasts; tests shorten them. */
public record CheckInTimings(Duration prepare, Duration resultShown, Duration failureShown, Duration scanInterval,
                             Duration samePassIgnoredFor) {
    public static CheckInTimings standard() {
        return new CheckInTimings(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(5),
                Duration.ofMillis(400), Duration.ofSeconds(20));
    }
}
