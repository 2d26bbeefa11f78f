package org.smavs.server.idempotency;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;

/**
 * {@code Idempotency-Key} support for mutating POSTs from phones and kiosks. A use case first asks
 * {@link #replay}; if nothing is stored it does its work and calls {@link #remember} <em>in the same
 * transaction</em>, so the stored answer exists exactly when the effect does. If the work then fails because
 * a concurrent request with the same key won the race, asking {@link #replay} again returns the winner's answer.
 * Keys are scoped (e.g. per user and endpoint), so two users' keys never collide.
 */
public final class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 255;

    /** A remembered success: status code and JSON body. */
    public record StoredResponse(int status, String body) {
    }

    private final Database database;
    private final Clock clock;

    public IdempotencyService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The header value, checked; null when the client sent none. */
    public static String validKey(String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > MAX_KEY_LENGTH || !raw.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw ValidationException.malformed("Idempotency-Key must be 1 to 255 visible ASCII characters",
                    List.of(new FieldError(HEADER, "1 to 255 visible ASCII characters")));
        }
        return raw;
    }

    /**
     * The stored answer for this key, if any. The same key with a different request is a client bug and is
     * refused with 422 {@code IDEMPOTENCY_KEY_REUSED} rather than silently replaying something else.
     */
    public Optional<StoredResponse> replay(String scope, String key, String requestHash) {
        if (key == null) {
            return Optional.empty();
        }
        Object[] row = database.inTransaction(session -> session.createNativeQuery(
                        "SELECT request_hash, status_code, response_body FROM idempotency_keys "
                                + "WHERE scope = :scope AND idem_key = :key", Object[].class)
                .setParameter("scope", scope).setParameter("key", key).getSingleResultOrNull());
        if (row == null) {
            return Optional.empty();
        }
        if (!requestHash.equals(row[0])) {
            throw new RuleViolationException(ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request");
        }
        return Optional.of(new StoredResponse(((Number) row[1]).intValue(), (String) row[2]));
    }

    /** Stores the answer within the caller's transaction; does nothing without a key. */
    public void remember(Session session, String scope, String key, String requestHash, int status, String body) {
        if (key == null) {
            return;
        }
        session.createNativeMutationQuery("INSERT INTO idempotency_keys (scope, idem_key, request_hash, status_code, "
                        + "response_body, created_at) VALUES (:scope, :key, :hash, :status, :body, :now)")
                .setParameter("scope", scope).setParameter("key", key).setParameter("hash", requestHash)
                .setParameter("status", status).setParameter("body", body).setParameter("now", clock.instant())
                .executeUpdate();
    }

    /** Forgets keys older than {@code days}; kiosks retry for at most a few days. */
    public int purgeOlderThan(int days) {
        return database.inTransaction(session -> session.createNativeMutationQuery(
                        "DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(java.time.Duration.ofDays(days))).executeUpdate());
    }
}
