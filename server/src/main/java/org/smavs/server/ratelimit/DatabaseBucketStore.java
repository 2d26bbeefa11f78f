package org.smavs.server.ratelimit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;
import org.smavs.server.persistence.Database;

/**
 * Token buckets in the {@code rate_limit_buckets} table, so every server instance draws on the same budget:
 * a client spreading its sign-in guesses over several instances behind a load balancer gains nothing. Each
 * attempt locks its row for one short transaction ({@code SELECT … FOR UPDATE}, on H2 and PostgreSQL alike).
 */
public final class DatabaseBucketStore implements BucketStore {
    private final Database database;

    public DatabaseBucketStore(Database database) {
        this.database = database;
    }

    @Override
    public TokenBucket.Decision take(String key, TokenBucket bucket, Instant now) {
        try {
            return attempt(key, bucket, now);
        } catch (ConstraintViolationException firstUseRace) {
            // another instance created this bucket between our look-up and our insert: it exists now
            return attempt(key, bucket, now);
        }
    }

    private TokenBucket.Decision attempt(String key, TokenBucket bucket, Instant now) {
        return database.inTransaction(session -> session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT tokens, refilled_at FROM rate_limit_buckets WHERE bucket_key = ? FOR UPDATE")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        TokenBucket.Decision decision = bucket.first();
                        try (PreparedStatement insert = connection.prepareStatement(
                                "INSERT INTO rate_limit_buckets (bucket_key, tokens, refilled_at) VALUES (?, ?, ?)")) {
                            insert.setString(1, key);
                            insert.setDouble(2, decision.tokensLeft());
                            insert.setObject(3, utc(now));
                            insert.executeUpdate();
                        }
                        return decision;
                    }
                    TokenBucket.Decision decision = bucket.take(row.getDouble(1),
                            row.getObject(2, OffsetDateTime.class).toInstant(), now);
                    try (PreparedStatement update = connection.prepareStatement(
                            "UPDATE rate_limit_buckets SET tokens = ?, refilled_at = ? WHERE bucket_key = ?")) {
                        update.setDouble(1, decision.tokensLeft());
                        update.setObject(2, utc(now));
                        update.setString(3, key);
                        update.executeUpdate();
                    }
                    return decision;
                }
            }
        }));
    }

    @Override
    public double available(String key, TokenBucket bucket, Instant now) {
        return database.inTransaction(session -> session.doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT tokens, refilled_at FROM rate_limit_buckets WHERE bucket_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    return row.next()
                            ? bucket.available(row.getDouble(1), row.getObject(2, OffsetDateTime.class).toInstant(), now)
                            : bucket.capacity();
                }
            }
        }));
    }

    @Override
    public Map<String, Double> available(Map<String, TokenBucket> buckets, Instant now) {
        List<String> keys = List.copyOf(buckets.keySet());
        Map<String, Double> tokens = new HashMap<>();
        keys.forEach(key -> tokens.put(key, (double) buckets.get(key).capacity()));
        String placeholders = String.join(", ", Collections.nCopies(keys.size(), "?"));
        database.run(session -> session.doWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT bucket_key, tokens, refilled_at "
                    + "FROM rate_limit_buckets WHERE bucket_key IN (" + placeholders + ")")) {
                for (int i = 0; i < keys.size(); i++) {
                    select.setString(i + 1, keys.get(i));
                }
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        String key = row.getString(1);
                        tokens.put(key, buckets.get(key).available(row.getDouble(2),
                                row.getObject(3, OffsetDateTime.class).toInstant(), now));
                    }
                }
            }
        }));
        return tokens;
    }

    /** Instants travel as UTC offsets, so instances in different time zones agree. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Deletes buckets untouched since {@code cutoff} (full again by then); returns how many. */
    public int purgeIdleSince(Instant cutoff) {
        return database.inTransaction(session -> session.doReturningWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM rate_limit_buckets WHERE refilled_at < ?")) {
                delete.setObject(1, utc(cutoff));
                return delete.executeUpdate();
            }
        }));
    }
}
