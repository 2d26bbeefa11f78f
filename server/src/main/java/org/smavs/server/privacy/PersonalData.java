package org.smavs.server.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Session;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.biometrics.RecordBiometrics;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.storage.BlobStore;

/**
 * A person's rights over the data SMAVS holds about them: the subject-access export (everything about the
 * caller, nothing about anyone else) and an administrator's erasure (personal data removed, anonymised
 * attendance kept for the course's counts). Reads and writes by SQL across the features' tables on purpose:
 * this is the one place that must know every table holding personal data (docs/privacy.md lists them).
 */
public final class PersonalData {
    private final Database database;
    private final BlobStore blobs;
    private final RecordBiometrics recordBiometrics;
    private final AuditLog audit;
    private final Clock clock;

    public PersonalData(Database database, BlobStore blobs, RecordBiometrics recordBiometrics, AuditLog audit, Clock clock) {
        this.database = database;
        this.blobs = blobs;
        this.recordBiometrics = recordBiometrics;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything held about {@code actor}, as one JSON-ready document. */
    public Map<String, Object> exportFor(Actor actor) {
        long me = actor.userId();
        Map<String, Object> export = new LinkedHashMap<>();
        database.run(session -> {
            export.put("generated_at", utc(clock.instant()));
            export.put("profile", one(session, "SELECT id, email, full_name, role, student_number, is_active, created_at "
                    + "FROM users WHERE id = :me", me));
            export.put("course_enrolments", rows(session, "SELECT c.id AS course_id, c.code, c.name FROM course_enrolments e "
                    + "JOIN courses c ON c.id = e.course_id WHERE e.student_id = :me ORDER BY c.code", me));
            export.put("attendance_records", rows(session, "SELECT r.id, r.session_id, s.title AS session_title, "
                    + "c.code AS course_code, s.starts_at, r.status, r.flags, r.risk_score, r.similarity, r.liveness_score, "
                    + "r.distance_m, r.within_geofence, r.source, r.submitted_at, r.captured_at, r.reviewed_at, r.review_note, "
                    + "CASE WHEN r.selfie_key IS NULL THEN FALSE ELSE TRUE END AS selfie_stored, r.biometrics_withdrawn_at "
                    + "FROM attendance_records r JOIN attendance_sessions s ON s.id = r.session_id "
                    + "LEFT JOIN courses c ON c.id = s.course_id WHERE r.student_id = :me ORDER BY r.submitted_at", me));
            export.put("devices", rows(session, "SELECT imei, platform, model, bound_at, released_at, "
                    + "CASE WHEN active_user_id IS NULL THEN FALSE ELSE TRUE END AS bound FROM devices WHERE user_id = :me "
                    + "ORDER BY bound_at", me));
            export.put("device_reset_requests", rows(session, "SELECT old_device, new_device, status, created_at, "
                    + "decided_at, note FROM device_reset_requests WHERE user_id = :me ORDER BY created_at", me));
            export.put("face_enrolment", one(session, "SELECT model_version, created_at FROM face_templates "
                    + "WHERE user_id = :me", me));
            export.put("consents", rows(session, "SELECT kind, granted, recorded_at FROM consents WHERE user_id = :me "
                    + "ORDER BY recorded_at, id", me));
            export.put("face_verifications", rows(session, "SELECT kind, session_id, similarity, liveness_score, passed, "
                    + "reasons, model_version, created_at FROM verification_logs WHERE user_id = :me ORDER BY created_at", me));
            export.put("excuses", rows(session, "SELECT x.id, x.session_id, s.title AS session_title, x.reason, "
                    + "x.evidence_type, x.status, x.note, x.decided_at, x.created_at FROM excuses x JOIN "
                    + "attendance_sessions s ON s.id = x.session_id WHERE x.student_id = :me ORDER BY x.created_at", me));
            // events the person did, and events about their account; who else acted is given by role only
            export.put("audit_events", rows(session, "SELECT occurred_at, action, "
                    + "CASE WHEN actor_id = :me THEN 'you' ELSE actor_role END AS actor, target_type, target_id, detail "
                    + "FROM audit_events WHERE actor_id = :me OR (target_type = 'user' AND target_id = CAST(:me AS VARCHAR(64))) "
                    + "ORDER BY id", me));
            audit.record(session, actor, "privacy.export", "user", me, null);
        });
        return export;
    }

    /**
     * Removes the personal data of {@code userId}: name, e-mail, student number, password and PIN, devices,
     * face template, reference photo, every record embedding and picture, open sign-ins. The account row and
     * its attendance records stay, anonymised, so course counts and the audit chain remain whole.
     */
    public void erase(long userId, Actor admin) {
        if (admin.userId() != null && admin.userId() == userId) {
            throw ValidationException.field("id", "you cannot erase your own account");
        }
        Instant now = clock.instant();
        List<String> pictures = database.inTransaction(session -> {
            Object exists = session.createNativeQuery("SELECT id FROM users WHERE id = :id", Object.class)
                    .setParameter("id", userId).getSingleResultOrNull();
            if (exists == null) {
                throw new NotFoundException("No user with id " + userId);
            }
            List<String> keys = new ArrayList<>();
            session.createNativeQuery("SELECT reference_key FROM face_templates WHERE user_id = :id", Object.class)
                    .setParameter("id", userId).getResultList().stream().filter(Objects::nonNull)
                    .forEach(key -> keys.add((String) key));
            keys.addAll(recordBiometrics.withdraw(session, userId, now));
            session.createNativeQuery("SELECT evidence_key FROM excuses WHERE student_id = :id AND evidence_key IS NOT "
                            + "NULL", Object.class).setParameter("id", userId).getResultList()
                    .forEach(key -> keys.add((String) key));
            update(session, "UPDATE excuses SET reason = 'erased', evidence_key = NULL, evidence_type = NULL, "
                    + "note = NULL WHERE student_id = :id", userId);
            update(session, "DELETE FROM face_templates WHERE user_id = :id", userId);
            update(session, "UPDATE devices SET active_user_id = NULL, released_at = COALESCE(released_at, :now), "
                    + "imei = 'erased', public_key = NULL, platform = NULL, model = NULL WHERE user_id = :id", userId, now);
            update(session, "UPDATE device_reset_requests SET old_device = NULL, new_device = 'erased', "
                    + "new_public_key = NULL, new_platform = NULL, new_model = NULL WHERE user_id = :id", userId);
            update(session, "UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, :now) WHERE user_id = :id",
                    userId, now);
            update(session, "UPDATE kiosk_checkins SET device_id = NULL WHERE student_id = :id", userId);
            update(session, "UPDATE attendance_records SET device_id = NULL, latitude = NULL, longitude = NULL "
                    + "WHERE student_id = :id", userId);
            session.createNativeMutationQuery("UPDATE users SET email = :email, full_name = :name, student_number = NULL, "
                            + "password_hash = :unusable, pin_hash = NULL, is_active = FALSE WHERE id = :id")
                    .setParameter("email", "erased-" + userId + "@erased.invalid")
                    .setParameter("name", "Erased user #" + userId)
                    .setParameter("unusable", "erased:" + UUID.randomUUID())
                    .setParameter("id", userId).executeUpdate();
            audit.record(session, admin, "privacy.erase", "user", userId, keys.size() + " picture(s)/file(s) deleted");
            return keys;
        });
        pictures.forEach(blobs::delete);
    }

    private static void update(Session session, String sql, long userId) {
        session.createNativeMutationQuery(sql).setParameter("id", userId).executeUpdate();
    }

    private static void update(Session session, String sql, long userId, Instant now) {
        session.createNativeMutationQuery(sql).setParameter("id", userId).setParameter("now", now).executeUpdate();
    }

    private static Map<String, Object> one(Session session, String sql, long me) {
        List<Map<String, Object>> found = rows(session, sql, me);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Map<String, Object>> rows(Session session, String sql, long me) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (jakarta.persistence.Tuple tuple : session.createNativeQuery(sql, jakarta.persistence.Tuple.class)
                .setParameter("me", me).getResultList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            tuple.getElements().forEach(element -> row.put(element.getAlias().toLowerCase(java.util.Locale.ROOT),
                    plain(tuple.get(element))));
            rows.add(row);
        }
        return rows;
    }

    /** JDBC values as JSON understands them; instants as UTC text. */
    private static Object plain(Object value) {
        if (value instanceof Instant instant) {
            return utc(instant);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return utc(timestamp.toInstant());
        }
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC).toString();
        }
        return value;
    }

    private static String utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC).toString();
    }
}
