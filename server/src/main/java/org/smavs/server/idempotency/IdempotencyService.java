package org.smavs.server.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.hibernate.Session;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.error.FieldError;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;

/**
 * {@code Idempotency-Key} support for mutating POSTs from phones and kiosks, with typed answers: a use case
 * first asks {@link #replay}; if nothing is stored it does its work and calls {@link #remember} <em>in the
 * same transaction</em>, so the stored answer exists exactly when the effect does. If the work then fails
 * because a concurrent request with the same key won the race ({@link #CONSTRAINT}), asking {@link #replay}
 * again returns the winner's answer. Keys are scoped (e.g. per user and endpoint), so two users' keys never
 * collide. The HTTP status of a replay is the route's, as for the first answer.
 */
public final class IdempotencyService {
    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_KEY_LENGTH = 255;
    /** The unique (scope, key) constraint a losing concurrent request runs into. */
    public static final String CONSTRAINT = "uq_idempotency";

    /** One request's key: its scope, the client's key and a hash of the request it was first used for. */
    public record Ticket<T>(String scope, String key, String requestHash, Class<T> answerType) {
    }

    /**
     * What to remember for a ticket once the work produced its result {@code R}: the answer built from it
     * (e.g. a check-in's record itself for a phone, the item's result for a kiosk's offline batch).
     */
    public record Answer<R, T>(Ticket<T> ticket, Function<R, T> fromResult) {
    }

    private final Database database;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotencyService(Database database, ObjectMapper json, Clock clock) {
        this.database = database;
        this.json = json;
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
     * The stored answer for this ticket, if any. The same key with a different request is a client bug and is
     * refused with 422 {@code IDEMPOTENCY_KEY_REUSED} rather than silently replaying something else.
     */
    public <T> Optional<T> replay(Ticket<T> ticket) {
        if (ticket == null) {
            return Optional.empty();
        }
        Object[] row = database.inTransaction(session -> session.createNativeQuery(
                        "SELECT request_hash, response_body FROM idempotency_keys WHERE scope = :scope AND idem_key = :key",
                        Object[].class)
                .setParameter("scope", ticket.scope()).setParameter("key", ticket.key()).getSingleResultOrNull());
        if (row == null) {
            return Optional.empty();
        }
        if (!ticket.requestHash().equals(row[0])) {
            throw new RuleViolationException(ErrorCodes.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different request");
        }
        try {
            return Optional.of(json.readValue((String) row[1], ticket.answerType()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored answer no longer reads as " + ticket.answerType().getSimpleName(), e);
        }
    }

    /** Stores the answer within the caller's transaction; does nothing without a ticket. */
    public <T> void remember(Session session, Ticket<T> ticket, T answer) {
        if (ticket == null) {
            return;
        }
        String body;
        try {
            body = json.writeValueAsString(answer);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store an answer of type " + answer.getClass().getSimpleName(), e);
        }
        session.createNativeMutationQuery("INSERT INTO idempotency_keys (scope, idem_key, request_hash, response_body, "
                        + "created_at) VALUES (:scope, :key, :hash, :body, :now)")
                .setParameter("scope", ticket.scope()).setParameter("key", ticket.key())
                .setParameter("hash", ticket.requestHash()).setParameter("body", body)
                .setParameter("now", clock.instant()).executeUpdate();
    }

    /** Stores the answer built from the work's result; does nothing without an answer. */
    public <R, T> void remember(Session session, Answer<R, T> answer, R result) {
        if (answer != null) {
            remember(session, answer.ticket(), answer.fromResult().apply(result));
        }
    }

    /** Forgets keys older than {@code days}; kiosks retry for at most a few days. */
    public int purgeOlderThan(int days) {
        return database.inTransaction(session -> session.createNativeMutationQuery(
                        "DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .setParameter("cutoff", clock.instant().minus(Duration.ofDays(days))).executeUpdate());
    }
}
