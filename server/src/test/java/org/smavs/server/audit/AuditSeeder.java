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
 * same chain rule the server uses, continuing from the stored head. Run it while no server writes to the log.
 */
public final class AuditSeeder {
    private AuditSeeder() {
    }

    public static void append(Connection connection, int count, Instant firstAt) throws SQLException {
        String prev;
        try (PreparedStatement head = connection.prepareStatement("SELECT setting_value FROM settings WHERE name = ?")) {
            head.setString(1, "audit_chain_head");
            try (ResultSet row = head.executeQuery()) {
                prev = row.next() ? row.getString(1) : AuditChain.GENESIS;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_events (occurred_at, actor_id, "
                + "actor_role, action, target_type, target_id, detail, request_id, ip, prev_hash, hash) "
                + "VALUES (?, NULL, 'system', 'seed.event', 'attendance_record', ?, ?, NULL, NULL, ?, ?)")) {
            for (int i = 0; i < count; i++) {
                Instant at = firstAt.plusMillis(i * 10L).truncatedTo(ChronoUnit.MICROS);
                String target = Integer.toString(i);
                String detail = "seeded event " + i;
                String hash = AuditChain.hash(prev, new AuditFields(at, null, "system", "seed.event", "attendance_record",
                        target, detail, null, null));
                insert.setObject(1, at.atOffset(ZoneOffset.UTC));
                insert.setString(2, target);
                insert.setString(3, detail);
                insert.setString(4, prev);
                insert.setString(5, hash);
                insert.addBatch();
                prev = hash;
                if (i % 5000 == 4999) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE settings SET setting_value = ? WHERE name = 'audit_chain_head'")) {
            update.setString(1, prev);
            update.executeUpdate();
        }
    }
}
