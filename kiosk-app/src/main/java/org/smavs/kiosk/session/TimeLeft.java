package org.smavs.kiosk.session;

import java.time.Duration;

/** "42 min left" as people read it from across a room. */
final class TimeLeft {
    private TimeLeft() {
    }

    static String describe(Duration left) {
        if (left.isNegative() || left.isZero()) {
            return "Ended";
        }
        long minutes = (left.getSeconds() + 59) / 60;
        if (minutes <= 1) {
            return "Less than a minute left";
        }
        if (minutes < 60) {
            return minutes + " min left";
        }
        return String.format("%d h %02d min left", minutes / 60, minutes % 60);
    }
}
