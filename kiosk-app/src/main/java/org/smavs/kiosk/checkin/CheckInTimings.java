package org.smavs.kiosk.checkin;

import java.time.Duration;

/**
 * How long each step of a check-in lasts; tests shorten them. {@code entryIdle}: a half-typed student number and
 * PIN are wiped after this long without a key press, so the next student never finds someone else's number.
 * {@code framingWait}: after the countdown, how long the kiosk waits for a well-framed picture before it takes the
 * burst anyway (and says why): the face detector only guides, it must never lock a student out.
 */
public record CheckInTimings(Duration prepare, Duration resultShown, Duration failureShown, Duration scanInterval,
                             Duration samePassIgnoredFor, Duration entryIdle, Duration framingWait) {
    public static final Duration STANDARD_ENTRY_IDLE = Duration.ofSeconds(30);
    public static final Duration STANDARD_FRAMING_WAIT = Duration.ofSeconds(6);

    public CheckInTimings(Duration prepare, Duration resultShown, Duration failureShown, Duration scanInterval,
                          Duration samePassIgnoredFor) {
        this(prepare, resultShown, failureShown, scanInterval, samePassIgnoredFor, STANDARD_ENTRY_IDLE,
                STANDARD_FRAMING_WAIT);
    }

    public static CheckInTimings standard() {
        return new CheckInTimings(Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(5),
                Duration.ofMillis(400), Duration.ofSeconds(20), STANDARD_ENTRY_IDLE, STANDARD_FRAMING_WAIT);
    }

    public CheckInTimings withFramingWait(Duration wait) {
        return new CheckInTimings(prepare, resultShown, failureShown, scanInterval, samePassIgnoredFor, entryIdle, wait);
    }
}
