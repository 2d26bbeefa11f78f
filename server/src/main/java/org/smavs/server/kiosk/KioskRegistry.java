package org.smavs.server.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.smavs.model.admin.CreateKioskRequest;
import org.smavs.model.admin.Kiosk;
import org.smavs.model.admin.KioskEnrollmentCode;
import org.smavs.model.kiosk.KioskCredential;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.ratelimit.RateLimiter;
import org.smavs.server.crypto.RandomTokens;
import org.smavs.server.crypto.Sha256;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;
import org.smavs.server.room.RoomEntity;

/**
 * Kiosk lifecycle: an admin creates a kiosk for a room and gets a one-time enrolment code (valid 24 h);
 * the kiosk trades the code for its credential; an admin can revoke it at any time.
 */
public final class KioskRegistry {
    public static final Duration CODE_LIFETIME = Duration.ofHours(24);
    /** last_seen_at is written at most this often, so authenticating a kiosk is not a write per request. */
    private static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

    private final Database database;
    private final RandomTokens random;
    private final RateLimiter enrolmentThrottle;
    private final AuditLog audit;
    private final Clock clock;

    public KioskRegistry(Database database, RandomTokens random, RateLimiter enrolmentThrottle, AuditLog audit, Clock clock) {
        this.database = database;
        this.random = random;
        this.enrolmentThrottle = enrolmentThrottle;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Kiosk> list() {
        return database.inTransaction(session -> session.createSelectionQuery("from KioskEntity k order by k.id",
                KioskEntity.class).getResultList().stream().map(KioskEntity::toModel).toList());
    }

    public KioskEnrollmentCode create(CreateKioskRequest request, Actor actor) {
        if (request.name() == null || request.name().isBlank() || request.name().length() > 200) {
            throw ValidationException.field("name", "is required (at most 200 characters)");
        }
        if (request.roomId() == null) {
            throw ValidationException.field("room_id", "is required");
        }
        String code = newCode();
        Instant expires = clock.instant().plus(CODE_LIFETIME);
        return database.inTransaction(session -> {
            if (session.find(RoomEntity.class, request.roomId()) == null) {
                throw new RuleViolationException("No room with id " + request.roomId());
            }
            KioskEntity kiosk = new KioskEntity(request.name().trim(), request.roomId(), Sha256.hex(normalise(code)), expires, clock.instant());
            session.persist(kiosk);
            session.flush();
            audit.record(session, actor, "kiosk.create", "kiosk", kiosk.getId(), kiosk.getName());
            return new KioskEnrollmentCode(kiosk.toModel(), code, expires.atOffset(ZoneOffset.UTC));
        });
    }

    /** Issues a fresh enrolment code (e.g. after a kiosk was reinstalled); the old credential stops working. */
    public KioskEnrollmentCode reissue(long kioskId, Actor actor) {
        String code = newCode();
        Instant expires = clock.instant().plus(CODE_LIFETIME);
        return database.inTransaction(session -> {
            KioskEntity kiosk = require(session, kioskId);
            kiosk.reissueCode(Sha256.hex(normalise(code)), expires);
            audit.record(session, actor, "kiosk.reissue", "kiosk", kioskId, null);
            return new KioskEnrollmentCode(kiosk.toModel(), code, expires.atOffset(ZoneOffset.UTC));
        });
    }

    public Kiosk revoke(long kioskId, Actor actor) {
        return database.inTransaction(session -> {
            KioskEntity kiosk = require(session, kioskId);
            kiosk.revoke();
            audit.record(session, actor, "kiosk.revoke", "kiosk", kioskId, kiosk.getName());
            return kiosk.toModel();
        });
    }

    public KioskCredential enroll(String code, String name, Actor actor) {
        enrolmentThrottle.check(actor.ip());
        if (code == null || code.isBlank()) {
            throw ValidationException.field("enrollment_code", "is required");
        }
        String normalised = normalise(code);
        String token = random.opaque(32);
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            KioskEntity kiosk = session.createSelectionQuery("from KioskEntity k where k.enrollmentCodeHash = :hash",
                    KioskEntity.class).setParameter("hash", Sha256.hex(normalised)).getSingleResultOrNull();
            if (kiosk == null || !KioskEntity.PENDING.equals(kiosk.getStatus())
                    || kiosk.getEnrollmentExpiresAt() == null || kiosk.getEnrollmentExpiresAt().isBefore(now)) {
                audit.record(session, actor, "kiosk.enroll.failed", "kiosk", null, null);
                throw new RuleViolationException("ENROLLMENT_CODE_INVALID",
                        "This enrolment code is wrong, already used or expired; ask an administrator for a new one");
            }
            // The administrator named the kiosk when creating the code ("LT-1 entrance"); whatever is typed on
            // the kiosk's touch screen does not rename it, it is only kept in the audit detail.
            kiosk.activate(Sha256.hex(token), now);
            RoomEntity room = session.find(RoomEntity.class, kiosk.getRoomId());
            Actor kioskActor = new Actor(null, null, kiosk.getId(), actor.requestId(), actor.ip());
            String typed = name == null || name.isBlank() ? "" : "; typed at the kiosk: "
                    + (name.strip().length() > 100 ? name.strip().substring(0, 100) : name.strip());
            audit.record(session, kioskActor, "kiosk.enroll", "kiosk", kiosk.getId(), kiosk.getName() + typed);
            return new KioskCredential(kiosk.getId(), kiosk.getName(), kiosk.getRoomId(), room.getName(), token);
        });
    }

    /** The id of the active kiosk holding {@code token}, or null. Used by the authenticator. */
    public Long kioskIdByToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return null;
        }
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            KioskEntity kiosk = session.createSelectionQuery(
                    "from KioskEntity k where k.tokenHash = :hash and k.status = :active", KioskEntity.class)
                    .setParameter("hash", Sha256.hex(token)).setParameter("active", KioskEntity.ACTIVE).getSingleResultOrNull();
            if (kiosk == null) {
                return null;
            }
            if (kiosk.getLastSeenAt() == null || kiosk.getLastSeenAt().plus(SEEN_RESOLUTION).isBefore(now)) {
                kiosk.seen(now);
            }
            return kiosk.getId();
        });
    }

    public KioskEntity require(org.hibernate.Session session, long kioskId) {
        KioskEntity kiosk = session.find(KioskEntity.class, kioskId);
        if (kiosk == null) {
            throw new NotFoundException("No kiosk with id " + kioskId);
        }
        return kiosk;
    }

    /** Codes are shown as XXXXX-XXXXX; typed with or without the dash, spaces or lower case. */
    private static String normalise(String code) {
        return code.trim().toUpperCase().replace("-", "").replace(" ", "");
    }

    private String newCode() {
        String raw = random.readableCode(10);
        return raw.substring(0, 5) + "-" + raw.substring(5);
    }
}
