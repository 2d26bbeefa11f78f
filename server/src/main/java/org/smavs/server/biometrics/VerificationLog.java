package org.smavs.server.biometrics;

import java.time.Clock;
import java.util.List;
import org.hibernate.Session;
import org.smavs.server.persistence.Database;

/** One row per face verification: scores, model version and timing — never the image or the embedding. */
public final class VerificationLog {
    private final Database database;
    private final Clock clock;

    public VerificationLog(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public record Entry(Long userId, Long sessionId, Long kioskId, String kind, Double similarity, Double livenessScore,
                        boolean passed, List<String> reasons, String modelVersion, long durationMs) {
    }

    public void write(Entry entry) {
        database.run(session -> write(session, entry));
    }

    public void write(Session session, Entry entry) {
        session.createNativeMutationQuery("INSERT INTO verification_logs (user_id, session_id, kiosk_id, kind, similarity, "
                        + "liveness_score, passed, reasons, model_version, duration_ms, created_at) VALUES (:user, :session, "
                        + ":kiosk, :kind, :similarity, :liveness, :passed, :reasons, :model, :duration, :now)")
                .setParameter("user", entry.userId()).setParameter("session", entry.sessionId())
                .setParameter("kiosk", entry.kioskId()).setParameter("kind", entry.kind())
                .setParameter("similarity", entry.similarity()).setParameter("liveness", entry.livenessScore())
                .setParameter("passed", entry.passed()).setParameter("reasons", String.join(",", entry.reasons()))
                .setParameter("model", entry.modelVersion()).setParameter("duration", (int) Math.min(entry.durationMs(), Integer.MAX_VALUE))
                .setParameter("now", clock.instant()).executeUpdate();
    }
}
