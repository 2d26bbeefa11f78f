package org.smavs.server.config;

/**
 * Rate limits and retention of request bookkeeping. Defaults are far above what an honest client needs
 * and far below a scripted flood; operators tune them per campus with the variables named below.
 *
 * @param signInsPerMinute          SMAVS_LIMIT_SIGN_INS_PER_MINUTE: failed sign-ins per client address (a whole
 *                                  lecture hall shares one campus NAT address; correct sign-ins never count)
 * @param signInFailuresPerAccountPerHour SMAVS_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT: failed sign-ins for one
 *                                  account from all addresses, per hour
 * @param registrationsPerMinute    SMAVS_LIMIT_REGISTRATIONS_PER_MINUTE: self-registrations per client address
 * @param selfRegistration          SMAVS_SELF_REGISTRATION: whether students may create their own accounts
 *                                  (default on in development, off in production)
 * @param kioskEnrolmentsPerMinute  SMAVS_LIMIT_KIOSK_ENROLMENTS_PER_MINUTE: kiosk enrolment attempts per address
 * @param submissionsPerMinute      SMAVS_LIMIT_SUBMISSIONS_PER_MINUTE: check-in submissions per student
 * @param kioskCheckInsPerMinute    SMAVS_LIMIT_KIOSK_CHECKINS_PER_MINUTE: check-in starts per kiosk
 * @param idempotencyRetentionDays  SMAVS_IDEMPOTENCY_RETENTION_DAYS: how long a retry gets the first answer;
 *                                  two days cover a kiosk offline over a weekend night
 */
public record Limits(int signInsPerMinute, int signInFailuresPerAccountPerHour, int registrationsPerMinute,
                     boolean selfRegistration, int kioskEnrolmentsPerMinute, int submissionsPerMinute,
                     int kioskCheckInsPerMinute, int idempotencyRetentionDays) {

    static Limits fromEnvironment(EnvReader read, boolean production) {
        return new Limits(
                read.integer("SMAVS_LIMIT_SIGN_INS_PER_MINUTE", 30),
                read.integer("SMAVS_LIMIT_SIGN_IN_FAILURES_PER_ACCOUNT", 30),
                read.integer("SMAVS_LIMIT_REGISTRATIONS_PER_MINUTE", 30),
                read.bool("SMAVS_SELF_REGISTRATION", !production),
                read.integer("SMAVS_LIMIT_KIOSK_ENROLMENTS_PER_MINUTE", 10),
                read.integer("SMAVS_LIMIT_SUBMISSIONS_PER_MINUTE", 60),
                read.integer("SMAVS_LIMIT_KIOSK_CHECKINS_PER_MINUTE", 30),
                read.integer("SMAVS_IDEMPOTENCY_RETENTION_DAYS", 2));
    }
}
