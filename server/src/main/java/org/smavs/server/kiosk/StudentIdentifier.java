package org.smavs.server.kiosk;

import java.time.Clock;
import java.time.Instant;
import org.hibernate.Session;
import org.smavs.model.auth.Role;
import org.smavs.server.auth.AccountLockoutPolicy;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.device.CheckinPasses;
import org.smavs.server.error.RateLimitedException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
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

    public record Identified(UserEntity student, String deviceId) {
    }

    /** Identifies as of {@code at} (the capture time for offline check-ins). Commits failed-PIN counts. */
    public Identified identify(Session session, String pass, String studentNumber, String pin, Instant at) {
        if (pass != null && !pass.isBlank()) {
            CheckinPasses.Verified verified = passes.verifyAt(pass, at);
            UserEntity student = requireActiveStudent(session.find(UserEntity.class, verified.studentId()));
            // The pass names the phone it was issued to; after an approved device reset that phone no longer counts.
            boolean stillBound = session.createNativeQuery("SELECT COUNT(*) FROM devices WHERE id = :device "
                            + "AND active_user_id = :student", Long.class)
                    .setParameter("device", verified.deviceId()).setParameter("student", student.getId()).getSingleResult() > 0;
            if (!stillBound) {
                throw new RuleViolationException(IDENTIFICATION_FAILED,
                        "This pass comes from a phone that is no longer bound to the account");
            }
            return new Identified(student, "device-" + verified.deviceId());
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
        return new Identified(requireActiveStudent(student), null);
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
