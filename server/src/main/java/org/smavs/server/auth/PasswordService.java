package org.smavs.server.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.config.MailSettings;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.mail.Mailer;
import org.smavs.server.mail.Outbox;
import org.smavs.server.web.HtmlPage;
import org.smavs.server.persistence.Database;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.user.CredentialPolicy;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;

/**
 * The password lifecycle of local accounts: change (every other login ends), forgotten (a one-time link by mail,
 * 30 minutes, only its hash stored), reset through the link (every login ends), and an administrator's "send
 * reset link" (an invitation for imported students who never had a password). The answer to "forgot" never
 * tells whether the address has an account: the same 202, the same time (mail goes out in the background).
 */
public final class PasswordService {
    static final Duration LINK_LIFETIME = Duration.ofMinutes(30);
    /** Invitations of imported students: they may not read their mail within the half hour a reset link lasts. */
    static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final RefreshTokens logins;
    private final AccessTokens accessTokens;
    private final Outbox outbox;
    private final MailSettings mail;
    private final RateLimiter resetRequests;
    private final RandomTokens random;
    private final AuditLog audit;
    private final Clock clock;

    public PasswordService(Database database, UserRepository users, PasswordHasher hasher, RefreshTokens logins,
                           AccessTokens accessTokens, Outbox outbox, MailSettings mail, RateLimiter resetRequests,
                           RandomTokens random, AuditLog audit, Clock clock) {
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.logins = logins;
        this.accessTokens = accessTokens;
        this.outbox = outbox;
        this.mail = mail;
        this.resetRequests = resetRequests;
        this.random = random;
        this.audit = audit;
        this.clock = clock;
    }

    public boolean mailConfigured() {
        return mail.configured();
    }

    /** {@code authorization}: the caller's bearer token, whose login stays signed in. */
    public void change(String currentPassword, String newPassword, String authorization, Actor actor) {
        requireNewPassword(newPassword);
        if (currentPassword == null || currentPassword.isEmpty()) {
            throw ValidationException.field("current_password", "is required");
        }
        String stored = database.inTransaction(session -> users.require(session, actor.userId()).getPasswordHash());
        if (!hasher.verify(currentPassword, stored)) {
            audit.record(actor, "auth.password_change.failed", "user", actor.userId(), "wrong current password");
            throw new UnauthorizedException(ErrorCodes.INVALID_CREDENTIALS, "The current password is not right");
        }
        String keptLogin = accessTokens.verifyAuthorization(authorization).loginId();
        String hash = hasher.hash(newPassword);
        database.run(session -> {
            UserEntity user = users.require(session, actor.userId());
            user.setPasswordHash(hash);
            if (keptLogin == null) {
                logins.revokeAllOfUser(session, user.getId());
            } else {
                logins.revokeAllOfUserExcept(session, user.getId(), keptLogin);
            }
            audit.record(session, actor, "auth.password_changed", "user", user.getId(), "other logins ended");
        });
    }

    /** Always accepted (202); when the address has an active account, a link is mailed in the background. */
    public void forgot(String email, Actor actor) {
        if (email == null || email.isBlank() || email.length() > 320) {
            throw ValidationException.field("email", "is required");
        }
        resetRequests.check(actor.ip());
        resetRequests.check("account:" + CredentialPolicy.normaliseEmail(email));
        outbox.sendWhenReady(() -> {
            Link link = database.inTransaction(session -> {
                UserEntity user = users.findByEmail(session, email);
                if (user == null || !user.isActive()) {
                    audit.record(session, actor, "auth.password_reset.requested", "user", null, "no such active account");
                    return null;
                }
                audit.record(session, actor, "auth.password_reset.requested", "user", user.getId(), "link mailed");
                return newLink(session, user, LINK_LIFETIME);
            });
            return link == null ? null : resetMail(link, false, LINK_LIFETIME);
        });
    }

    /** An administrator sends a reset link; for an account that never had a password it reads as an invitation. */
    public void sendLink(long userId, Actor admin) {
        Link link = database.inTransaction(session -> {
            UserEntity user = users.require(session, userId);
            if (!user.isActive()) {
                throw new RuleViolationException("This account is deactivated; activate it before sending a link");
            }
            audit.record(session, admin, "auth.password_reset.sent_by_admin", "user", userId, null);
            return newLink(session, user, LINK_LIFETIME);
        });
        outbox.send(resetMail(link, link.firstPassword(), LINK_LIFETIME));
    }

    /**
     * Mails a student created without a password (CSV import) an invitation to choose one (7 days, once).
     * False when mail is not configured: the student then signs in at the kiosk with a PIN or gets a link later.
     */
    public boolean invite(long userId, Actor admin) {
        if (!mail.configured()) {
            return false;
        }
        Link link = database.inTransaction(session -> {
            UserEntity user = users.require(session, userId);
            audit.record(session, admin, "auth.invitation.sent", "user", userId, null);
            return newLink(session, user, INVITATION_LIFETIME);
        });
        outbox.send(resetMail(link, true, INVITATION_LIFETIME));
        return true;
    }

    /** Sets the new password from a mailed link: the link works once; every login of the account ends. */
    public void reset(String token, String newPassword, Actor actor) {
        requireNewPassword(newPassword);
        if (token == null || token.isBlank() || token.length() > 200) {
            throw invalidLink();
        }
        String hash = hasher.hash(newPassword);
        Instant now = clock.instant();
        boolean done = database.inTransaction(session -> {
            Object[] row = session.createNativeQuery("SELECT id, user_id FROM password_reset_tokens WHERE token_hash = :hash "
                            + "AND used_at IS NULL AND expires_at > :now FOR UPDATE", Object[].class)
                    .setParameter("hash", Sha256.hex(token)).setParameter("now", now).getSingleResultOrNull();
            if (row == null) {
                return false;
            }
            long userId = ((Number) row[1]).longValue();
            UserEntity user = users.require(session, userId);
            if (!user.isActive()) {
                return false;
            }
            session.createNativeMutationQuery("UPDATE password_reset_tokens SET used_at = :now WHERE user_id = :user "
                    + "AND used_at IS NULL").setParameter("now", now).setParameter("user", userId).executeUpdate();
            user.setPasswordHash(hash);
            logins.revokeAllOfUser(session, userId);
            audit.record(session, new Actor(userId, user.getRole(), null, actor.requestId(), actor.ip()),
                    "auth.password_reset", "user", userId, "every login ended");
            return true;
        });
        if (!done) {
            throw invalidLink();
        }
    }

    private record Link(String email, String fullName, String token, boolean firstPassword) {
    }

    private Link newLink(Session session, UserEntity user, Duration lifetime) {
        String token = random.opaque(32);
        Instant now = clock.instant();
        session.createNativeMutationQuery("INSERT INTO password_reset_tokens (user_id, token_hash, created_at, expires_at) "
                        + "VALUES (:user, :hash, :now, :expires)").setParameter("user", user.getId())
                .setParameter("hash", Sha256.hex(token)).setParameter("now", now)
                .setParameter("expires", now.plus(lifetime)).executeUpdate();
        return new Link(user.getEmail(), user.getFullName(), token,
                PasswordHasher.NO_PASSWORD.equals(user.getPasswordHash()));
    }

    private Mailer.Mail resetMail(Link link, boolean invitation, Duration lifetime) {
        String within = lifetime.toDays() >= 1 ? lifetime.toDays() + " days" : lifetime.toMinutes() + " minutes";
        String url = mail.publicUrl() + org.smavs.model.ApiPaths.RESET_PASSWORD_PAGE + "?token=" + link.token();
        String subject = invitation ? "Set your SMAVS password (" + mail.institution() + ")"
                : "Reset your SMAVS password (" + mail.institution() + ")";
        String opening = invitation
                ? "An account for the attendance system of " + mail.institution() + " is ready for you."
                : "Someone (hopefully you) asked to reset the password of your attendance account at "
                        + mail.institution() + ".";
        String text = "Hello " + link.fullName() + ",\n\n" + opening + "\nChoose your password here within " + within + ":\n\n"
                + url + "\n\nThe link works once. If you did not ask for this, ignore this mail: your password stays "
                + "as it is.\n\nSMAVS, " + mail.institution() + "\n";
        String html = "<p>Hello " + HtmlPage.escape(link.fullName()) + ",</p><p>" + HtmlPage.escape(opening)
                + "</p><p><a href=\""
                + HtmlPage.escape(url) + "\">Choose your password</a> (within " + within + "; the link works once).</p>"
                + "<p>If you did not ask for this, ignore this mail: your password stays as it is.</p><p>SMAVS, "
                + HtmlPage.escape(mail.institution()) + "</p>";
        return new Mailer.Mail(link.email(), subject, text, html);
    }

    private static void requireNewPassword(String password) {
        List<FieldError> errors = new ArrayList<>();
        CredentialPolicy.checkPassword(password, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors.stream()
                    .map(error -> new FieldError("new_password", error.message())).toList());
        }
    }

    private static RuleViolationException invalidLink() {
        return new RuleViolationException("RESET_LINK_INVALID", "This reset link is invalid, was already used or has "
                + "expired; ask for a new one");
    }

}
