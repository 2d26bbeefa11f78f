package org.smavs.server.config;

/**
 * Start-up defaults of the check-in rules (an admin may change the run-time ones in Settings): the rotating
 * QR step and grace, how long selfies are kept, and whether raw coordinates are stored at all.
 */
public record AttendanceSettings(int qrStepSeconds, int qrGraceSteps, int selfieRetentionDays,
                                 boolean storeRawCoordinates) {

    static AttendanceSettings fromEnvironment(EnvReader read) {
        return new AttendanceSettings(
                read.integer("SMAVS_QR_STEP_SECONDS", 15),
                read.integer("SMAVS_QR_GRACE_STEPS", 1),
                read.integer("SMAVS_SELFIE_RETENTION_DAYS", 30),
                read.bool("SMAVS_STORE_COORDINATES", false));
    }
}
