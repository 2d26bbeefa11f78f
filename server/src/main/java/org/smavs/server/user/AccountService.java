package org.smavs.server.user;

import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.auth.RegisterRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.ForbiddenException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.ratelimit.RateLimiter;

/**
 * Creating accounts: self-registration of students, and the one way every account comes into being (admin
 * creation and CSV import use {@link #createUser} too), so the e-mail and student-number rules hold everywhere.
 */
public final class AccountService {
    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final SelfRegistration selfRegistration;

    /**
     * Whether students may create their own accounts and how often one address may do so; administrators
     * are never limited by it.
     */
    public record SelfRegistration(boolean open, RateLimiter perAddress) {
    }

    public AccountService(Database database, UserRepository users, PasswordHasher hasher, AuditLog audit, Clock clock,
                          SelfRegistration selfRegistration) {
        this.selfRegistration = selfRegistration;
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Students may register themselves when self-registration is open (rate-limited per address); other
     * roles, and every account while it is closed, need an admin caller.
     */
    public User register(RegisterRequest request, Actor actor) {
        Role role = request.role() == null ? Role.STUDENT : request.role();
        if (role != Role.STUDENT && !actor.isAdmin()) {
            audit.record(actor, "auth.register.denied", "user", null, "role=" + role.wire());
            throw new ForbiddenException("Only an administrator can create " + role.wire() + " accounts");
        }
        if (!actor.isAdmin()) {
            if (!selfRegistration.open()) {
                audit.record(actor, "auth.register.denied", "user", null, "self-registration is closed");
                throw new ForbiddenException("Self-registration is switched off here; ask your university's "
                        + "SMAVS administrator for an account");
            }
            selfRegistration.perAddress().check(actor.ip());
        }
        List<FieldError> errors = CredentialPolicy.checkNewAccount(request.email(), request.password(), request.fullName());
        CredentialPolicy.checkStudentNumber(request.studentNumber(), errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String passwordHash = hasher.hash(request.password());
        return database.inTransaction(session -> {
            UserEntity user = createUser(session, request.email(), passwordHash, request.fullName().trim(), role,
                    request.studentNumber(), actor.isAdmin(), actor);
            audit.record(session, actor, "auth.register", "user", user.getId(), "role=" + role.wire());
            return users.toModel(session, user);
        });
    }

    /**
     * Creates the row or fails with 409; shared by self-registration, admin creation and CSV import.
     * {@code byRegistry}: an import or an administrator gives the student number, which then wins over a
     * self-registered student's claim to it (see {@link #claimForRegistry}); a self-registered number is only a claim.
     */
    public UserEntity createUser(Session session, String email, String passwordHash, String fullName, Role role,
                                 String studentNumber, boolean byRegistry, Actor actor) {
        String normalised = UserRepository.normaliseEmail(email);
        if (users.findByEmail(session, normalised) != null) {
            throw new ConflictException(ErrorCodes.EMAIL_TAKEN, "An account with this email already exists");
        }
        if (studentNumber != null) {
            if (byRegistry) {
                claimForRegistry(session, studentNumber, null, actor);
            } else if (users.findByStudentNumber(session, studentNumber) != null) {
                throw new ConflictException("Student number " + studentNumber + " is already used by another account");
            }
        }
        UserEntity user = new UserEntity(normalised, passwordHash, fullName, role, studentNumber, clock.instant());
        user.setStudentNumber(studentNumber, byRegistry);
        session.persist(user);
        session.flush();
        return user;
    }

    /**
     * Frees {@code number} for the registry to give to {@code newOwner} (null: an account about to be created).
     * A self-registered claim is withdrawn from the claimer and audited as a conflict for the admin (answered
     * as the claimer's id); a number the registry already gave to someone else is a 409.
     */
    public Long claimForRegistry(Session session, String number, Long newOwner, Actor actor) {
        UserEntity holder = users.findByStudentNumber(session, number);
        if (holder == null || holder.getId().equals(newOwner)) {
            return null;
        }
        if (holder.isStudentNumberVerified()) {
            throw new ConflictException("Student number " + number + " already belongs to another account");
        }
        holder.setStudentNumber(null, false);
        session.flush(); // the number is free before the registry's owner takes it
        audit.record(session, actor, "user.student_number_conflict", "user", holder.getId(), "student number "
                + number + " was claimed at self-registration; the registry gave it to its owner");
        return holder.getId();
    }
}
