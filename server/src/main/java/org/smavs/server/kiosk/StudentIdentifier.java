package org.smavs.server.kiosk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.server.device.DeviceKeys;
import org.smavs.model.auth.Role;
import org.smavs.server.auth.AccountLockoutPolicy;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.device.CheckinPasses;
import org.smavs.server.error.RateLimitedException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.UniqueViolations;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;

/**
 * Who is at the kiosk: the phone's signed check-in pass, or student number + PIN. Wrong PINs count
 * towards the account's short, capped lockout, like wrong passwords.
 */
public final class StudentIdentifier {
    public static final String IDENTIFICATION_FAILED = "IDENTIFICATION_FAILED";

    private final CheckinPasses passes;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Clock clock;

    public StudentIdentifier(CheckinPasses passes, UserRepository users, PasswordHasher hasher, Clock clock) {
        this.passes = passes;
        this.users = users;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** {@code deviceFlags}: what the device layer noticed about a pass (e.g. not signed by the phone). */
    public record Identified(UserEntity student, String deviceId, List<ReasonCode> deviceFlags) {
        public Identified {
            deviceFlags = List.copyOf(deviceFlags);
        }
    }

    /** UNIQUE on the pass's mac: of two kiosks shown one pass at the same moment, the database lets one have it. */
    public static final String PASS_USED_ONCE = "uq_used_checkin_passes";
    public static final String PASS_ALREADY_USED = "CHECKIN_PASS_USED";

    /** Identifies as of {@code at} (the capture time for offline check-ins). Commits failed-PIN counts. */
    public Identified identify(Session session, String pass, String studentNumber, String pin, Instant at) {
        if (pass != null && !pass.isBlank()) {
            return byPass(session, pass, at);
        }
        if (studentNumber == null || studentNumber.isBlank() || pin == null || pin.isBlank()) {
            throw ValidationException.field("student_pass", "send student_pass, or student_number and pin");
        }
        UserEntity student = users.findByStudentNumber(session, studentNumber.trim());
        if (student == null || student.getPinHash() == null) {
            hasher.verifyAgainstDummy(pin);
            return null;
        }
        Instant now = clock.instant();
        RateLimitedException.throwIfLocked(AccountLockoutPolicy.secondsLocked(student.getLockedUntil(), now));
        if (!hasher.verify(pin, student.getPinHash())) {
            student.setFailedLogins(student.getFailedLogins() + 1);
            student.setLockedUntil(AccountLockoutPolicy.lockedUntil(student.getFailedLogins(), now));
            return null;
        }
        student.setFailedLogins(0);
        student.setLockedUntil(null);
        return new Identified(requireActiveStudent(student), null, List.of());
    }

    /**
     * A phone pass: the server's mac and expiry, the phone still bound to the account, the phone's own signature
     * when it has a key (a pass without one is accepted but flagged DEVICE_NOT_VERIFIED: the seed's apps do not
     * sign), and single use. Inside the caller's transaction: the use is recorded with the check-in it starts.
     */
    private Identified byPass(Session session, String pass, Instant at) {
        CheckinPasses.Verified verified = passes.verifyAt(pass, at);
        UserEntity student = requireActiveStudent(session.find(UserEntity.class, verified.studentId()));
        // The pass names the phone it was issued to; after an approved device reset that phone no longer counts.
        List<String> boundKey = session.createNativeQuery("SELECT COALESCE(public_key, '') FROM devices WHERE id = :device "
                        + "AND active_user_id = :student", String.class)
                .setParameter("device", verified.deviceId()).setParameter("student", student.getId()).getResultList();
        if (boundKey.isEmpty()) {
            throw new RuleViolationException(IDENTIFICATION_FAILED,
                    "This pass comes from a phone that is no longer bound to the account");
        }
        List<ReasonCode> flags = new ArrayList<>();
        String publicKey = boundKey.get(0);
        if (publicKey.isEmpty() || verified.deviceSignature() == null) {
            flags.add(ReasonCode.DEVICE_NOT_VERIFIED);
        } else {
            java.security.PublicKey key = DeviceKeys.parse(publicKey);
            if (key == null || !DeviceKeys.verify(key, verified.signedText(), verified.deviceSignature())) {
                throw new RuleViolationException(IDENTIFICATION_FAILED, "This pass was not signed by the phone bound "
                        + "to the account; show the pass on your own phone");
            }
        }
        boolean used = session.createNativeQuery("SELECT COUNT(*) FROM used_checkin_passes WHERE pass_mac = :mac",
                Long.class).setParameter("mac", verified.mac()).getSingleResult() > 0;
        if (used) {
            throw passAlreadyUsed();
        }
        session.createNativeMutationQuery("INSERT INTO used_checkin_passes (pass_mac, used_at) VALUES (:mac, :now)")
                .setParameter("mac", verified.mac()).setParameter("now", clock.instant()).executeUpdate();
        return new Identified(student, "device-" + verified.deviceId(), flags);
    }

    /**
     * Two kiosks shown one pass at the same moment: the second transaction fails on {@link #PASS_USED_ONCE} when it
     * commits, outside the identification. Callers turn that failure into the clean refusal with this.
     */
    public static RuntimeException withPassReuseExplained(RuntimeException failure) {
        return UniqueViolations.isViolationOf(failure, PASS_USED_ONCE)
                ? passAlreadyUsed() : failure;
    }

    public static RuleViolationException passAlreadyUsed() {
        return new RuleViolationException(PASS_ALREADY_USED, "This pass was already used; show a fresh pass from the "
                + "app (a pass works once)");
    }

    /**
     * Forgets used passes that nobody can present any more (the hourly job): offline check-ins bring passes up to
     * {@link OfflineCheckInService#MAX_AGE} old, so a use is kept a day longer than that.
     */
    public int purgeUsedPasses(Session session) {
        return session.createNativeMutationQuery("DELETE FROM used_checkin_passes WHERE used_at < :before")
                .setParameter("before", clock.instant().minus(OfflineCheckInService.MAX_AGE).minus(java.time.Duration.ofDays(1)))
                .executeUpdate();
    }

    public static RuleViolationException failed() {
        return new RuleViolationException(IDENTIFICATION_FAILED, "Student number or PIN is not right");
    }

    private static UserEntity requireActiveStudent(UserEntity student) {
        if (student == null || !student.isActive() || student.getRole() != Role.STUDENT) {
            throw new RuleViolationException(IDENTIFICATION_FAILED, "This pass does not belong to an active student");
        }
        return student;
    }
}
