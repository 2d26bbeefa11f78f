package org.smavs.kiosk.checkin;

import java.time.Duration;

/**
 * How long each step of a check-in lasts; tests shorten them. {@code entryIdle}: a half-typed student number and
 * PIN are wiped after this long without a key press, so the next student never finds someone else's number.
 */
public record CheckInTimings(Duration prepare, Duration resultShown, Duration failureShown, Duration scanInterval,
                             Duration samePassIgnoredFor, Duration entryIdle) {
    public static final Duration STANDARD_ENTRY_IDLE = Duration.ofSeconds(30);

    public CheckInTimings(Duration prepare, Duration resultShown, Duration failureShown, Duration scanInterval,
                          Duration samePassIgnoredFor) {
        this(prepare, resultShown, failureShown, scanInterval, samePassIgnoredFor, STANDARD_ENTRY_IDLE);
    }

    public static CheckInTimings standard() {
        return new CheckInTimings(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(5),
                Duration.ofMillis(400), Duration.ofSeconds(20), STANDARD_ENTRY_IDLE);
    }
}
