package org.smavs.model.admin;

/**
 * Run-time tunables. The last three (academic rules) may be left null in an update: unchanged.
 *
 * @param attendanceThresholdPercent a student's attendance rate below this is "below threshold" (e.g. 80)
 * @param lateAfterMinutes           a check-in this long after the start is marked LATE
 * @param timezone                   the institution's time zone (IANA name, e.g. Europe/London), for dates people read
 */
public record Settings(double faceThreshold, double livenessThreshold, int qrStepSeconds, int qrGraceSteps,
                       int selfieRetentionDays, Integer attendanceThresholdPercent, Integer lateAfterMinutes,
                       String timezone) {

    public Settings(double faceThreshold, double livenessThreshold, int qrStepSeconds, int qrGraceSteps,
                    int selfieRetentionDays) {
        this(faceThreshold, livenessThreshold, qrStepSeconds, qrGraceSteps, selfieRetentionDays, null, null, null);
    }
}
