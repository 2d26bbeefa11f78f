package org.smavs.server.auth;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;
import org.smavs.model.auth.TotpRecoveryCodes;
import org.smavs.model.auth.TotpSetup;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.crypto.PasswordHasher;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.crypto.SecretBox;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.UnauthorizedException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.user.UserEntity;
import org.smavs.server.user.UserRepository;

/**
 * The optional second factor of local (password) accounts: RFC 6238 codes (SHA-1, 6 digits, 30 s, one step of
 * drift either way) from any authenticator app, plus ten one-time recovery codes. A code works once (the last
 * accepted step is kept), the secret is sealed at rest ({@link SecretBox}), recovery codes are kept as hashes.
 * Enrolment takes two steps: setup (secret and QR code) and enable (the first correct code), so a mistyped scan
 * never locks anyone out. Accounts that sign in through the institution's single sign-on use its factors instead.
 */
public final class TotpService {
    static final int RECOVERY_CODES = 10;
    private static final int PERIOD_SECONDS = 30;

    private final Database database;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SecretBox secrets;
    private final RandomTokens random;
    private final AuditLog audit;
    private final Clock clock;
    private final String issuer;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);

    public TotpService(Database database, UserRepository users, PasswordHasher hasher, SecretBox secrets,
                       RandomTokens random, AuditLog audit, Clock clock, String issuer) {
        this.database = database;
        this.users = users;
        this.hasher = hasher;
        this.secrets = secrets;
        this.random = random;
        this.audit = audit;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** Starts (or restarts) enrolment: a new secret, not yet required at sign-in. */
    public TotpSetup setup(Actor actor) {
        String secret = new DefaultSecretGenerator(32).generate();
        String email = database.inTransaction(session -> {
            UserEntity user = users.require(session, actor.userId());
            if (user.isTotpEnabled()) {
                throw new ConflictException("The second factor is already on; switch it off first to set up a new "
                        + "authenticator");
            }
            user.setTotpSecret(secrets.seal(secret));
            return user.getEmail();
        });
        QrData data = new QrData.Builder().label(email).secret(secret).issuer(issuer)
                .algorithm(HashingAlgorithm.SHA1).digits(6).period(PERIOD_SECONDS).build();
        String png;
        try {
            png = Base64.getEncoder().encodeToString(new ZxingPngQrGenerator().generate(data));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("The QR code for the authenticator could not be drawn", e);
        }
        return new TotpSetup(secret, data.getUri(), png);
    }

    /** Switches the factor on with the first correct code; answers the recovery codes (shown once). */
    public TotpRecoveryCodes enable(String code, Actor actor) {
        requireCodeShape(code, "code");
        List<String> recovery = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String raw = random.readableCode(8);
            recovery.add(raw.substring(0, 4) + "-" + raw.substring(4));
        }
        database.run(session -> {
            UserEntity user = users.require(session, actor.userId());
            if (user.isTotpEnabled()) {
                throw new ConflictException("The second factor is already on");
            }
            if (user.getTotpSecret() == null) {
                throw new RuleViolationException("Set up the authenticator first (POST /auth/totp/setup)");
            }
            if (!acceptTimeCode(user, code.strip())) {
                throw new UnauthorizedException(ErrorCodes.TOTP_INVALID, "That code is not right; check the time on "
                        + "your phone and type the code shown now");
            }
            user.setTotpEnabledAt(clock.instant());
            session.createNativeMutationQuery("DELETE FROM totp_recovery_codes WHERE user_id = :user")
                    .setParameter("user", user.getId()).executeUpdate();
            for (String each : recovery) {
                session.createNativeMutationQuery("INSERT INTO totp_recovery_codes (user_id, code_hash) VALUES "
                        + "(:user, :hash)").setParameter("user", user.getId())
                        .setParameter("hash", Sha256.hex(normaliseRecovery(each))).executeUpdate();
            }
            audit.record(session, actor, "auth.totp.enabled", "user", user.getId(), null);
        });
        return new TotpRecoveryCodes(recovery);
    }

    /** The account holder switches the factor off, with the password. */
    public void disable(String password, Actor actor) {
        if (password == null || password.isEmpty()) {
            throw ValidationException.field("password", "is required");
        }
        String stored = database.inTransaction(session -> users.require(session, actor.userId()).getPasswordHash());
        if (!hasher.verify(password, stored)) {
            audit.record(actor, "auth.totp.disable_failed", "user", actor.userId(), "wrong password");
            throw new UnauthorizedException(ErrorCodes.INVALID_CREDENTIALS, "The password is not right");
        }
        database.run(session -> {
            clear(session, users.require(session, actor.userId()));
            audit.record(session, actor, "auth.totp.disabled", "user", actor.userId(), null);
        });
    }

    /** An administrator removes the factor of someone who lost the phone and the recovery codes. */
    public void reset(long userId, Actor admin) {
        database.run(session -> {
            UserEntity user = users.require(session, userId);
            clear(session, user);
            audit.record(session, admin, "auth.totp.reset_by_admin", "user", userId, null);
        });
    }

    /**
     * At sign-in (inside its transaction): true when {@code code} is the current authenticator code (not used
     * before) or an unused recovery code, which is then spent.
     */
    boolean verifyAtSignIn(Session session, UserEntity user, String code) {
        if (code == null || code.isBlank() || code.length() > 20) {
            return false;
        }
        String trimmed = code.strip();
        if (trimmed.matches("\\d{6}")) {
            return acceptTimeCode(user, trimmed);
        }
        return session.createNativeMutationQuery("UPDATE totp_recovery_codes SET used_at = :now WHERE user_id = :user "
                        + "AND code_hash = :hash AND used_at IS NULL").setParameter("now", clock.instant())
                .setParameter("user", user.getId()).setParameter("hash", Sha256.hex(normaliseRecovery(trimmed)))
                .executeUpdate() == 1;
    }

    /** Checks the code against the steps around now, refusing a step already used (a code works once). */
    private boolean acceptTimeCode(UserEntity user, String code) {
        String secret = secrets.open(user.getTotpSecret());
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (user.getTotpLastStep() != null && step <= user.getTotpLastStep()) {
                continue;
            }
            String expected;
            try {
                expected = codes.generate(secret, step);
            } catch (CodeGenerationException e) {
                throw new IllegalStateException(e);
            }
            if (MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                    code.getBytes(StandardCharsets.US_ASCII))) {
                user.setTotpLastStep(step);
                return true;
            }
        }
        return false;
    }

    private static void clear(Session session, UserEntity user) {
        user.setTotpSecret(null);
        user.setTotpEnabledAt(null);
        user.setTotpLastStep(null);
        session.createNativeMutationQuery("DELETE FROM totp_recovery_codes WHERE user_id = :user")
                .setParameter("user", user.getId()).executeUpdate();
    }

    private static void requireCodeShape(String code, String field) {
        if (code == null || !code.strip().matches("\\d{6}")) {
            throw ValidationException.field(field, "must be the 6-digit code from the authenticator app");
        }
    }

    private static String normaliseRecovery(String code) {
        return code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
