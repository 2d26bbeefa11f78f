package org.smavs.server.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Appends valid audit events straight into a database (for the cost-growth benchmark's large audit logs): the
 * same keyed chain rule the server uses, continuing from the stored head and number. Run it while no server
 * writes to the log, with the keys of the server that will read it.
 */
public final class AuditSeeder {
    private AuditSeeder() {
    }

    public static void append(Connection connection, int count, Instant firstAt, AuditKeys keys) throws SQLException {
        String prev = setting(connection, "audit_chain_head", AuditChain.GENESIS);
        long seq = Long.parseLong(setting(connection, "audit_chain_seq", "0"));
        String keyId = keys.currentId();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_events (occurred_at, actor_id, "
                + "actor_role, action, target_type, target_id, detail, request_id, ip, prev_hash, hash, seq, key_id) "
                + "VALUES (?, NULL, 'system', 'seed.event', 'attendance_record', ?, ?, NULL, NULL, ?, ?, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Instant at = firstAt.plusMillis(i * 10L).truncatedTo(ChronoUnit.MICROS);
                String target = Integer.toString(i);
                String detail = "seeded event " + i;
                seq++;
                String hash = AuditChain.keyedHash(keys, keyId, seq, prev, new AuditFields(at, null, "system",
                        "seed.event", "attendance_record", target, detail, null, null));
                insert.setObject(1, at.atOffset(ZoneOffset.UTC));
                insert.setString(2, target);
                insert.setString(3, detail);
                insert.setString(4, prev);
                insert.setString(5, hash);
                insert.setLong(6, seq);
                insert.setString(7, keyId);
                insert.addBatch();
                prev = hash;
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        update(connection, "audit_chain_head", prev);
        update(connection, "audit_chain_seq", Long.toString(seq));
    }

    private static String setting(Connection connection, String name, String absent) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("SELECT setting_value FROM settings WHERE name = ?")) {
            read.setString(1, name);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getString(1) : absent;
            }
        }
    }

    private static void update(Connection connection, String name, String value) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE settings SET setting_value = ? WHERE name = ?")) {
            update.setString(1, value);
            update.setString(2, name);
            update.executeUpdate();
        }
    }
}
