package org.smavs.server.config;

/**
 * Rate limits and retention of request bookkeeping. Defaults are far above what an honest client needs
 * and far below a scripted flood; operators tune them per campus with the variables named below.
 *
 * @param signInsPerMinute          SMAVS_LIMIT_SIGN_INS_PER_MINUTE: failed sign-ins per client address
 * @param kioskEnrolmentsPerMinute  SMAVS_LIMIT_KIOSK_ENROLMENTS_PER_MINUTE: kiosk enrolment attempts per address
 * @param submissionsPerMinute      SMAVS_LIMIT_SUBMISSIONS_PER_MINUTE: check-in submissions per student
 * @param kioskCheckInsPerMinute    SMAVS_LIMIT_KIOSK_CHECKINS_PER_MINUTE: check-in starts per kiosk
 * @param idempotencyRetentionDays  SMAVS_IDEMPOTENCY_RETENTION_DAYS: how long a retry gets the first answer;
 *                                  two days cover a kiosk offline over a weekend night
 */
public record Limits(int signInsPerMinute, int kioskEnrolmentsPerMinute, int submissionsPerMinute,
                     int kioskCheckInsPerMinute, int idempotencyRetentionDays) {

    static Limits fromEnvironment(EnvReader read) {
        return new Limits(
                read.integer("SMAVS_LIMIT_SIGN_INS_PER_MINUTE", 20),
                read.integer("SMAVS_LIMIT_KIOSK_ENROLMENTS_PER_MINUTE", 10),
                read.integer("SMAVS_LIMIT_SUBMISSIONS_PER_MINUTE", 60),
                read.integer("SMAVS_LIMIT_KIOSK_CHECKINS_PER_MINUTE", 30),
                read.integer("SMAVS_IDEMPOTENCY_RETENTION_DAYS", 2));
    }
}
