package org.smavs.server.attendance;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.DoubleSupplier;
import org.hibernate.Session;
import org.smavs.server.crypto.BiometricCipher;
import org.smavs.server.crypto.BiometricCipher.Purpose;
import org.smavs.server.face.FaceMatchPolicy;

/**
 * Finds other students' records in the same session whose selfie shows the same face (cosine similarity of
 * the embeddings at or above the face threshold): one person checking in for several accounts. Each record's
 * embedding is sealed bound to its session and student, so it cannot be moved onto another record.
 *
 * <p>Two submissions committing at the same instant may not see each other; the lecturer's roster still
 * shows both selfies, and this check is evidence, not the only safeguard.
 */
public final class DuplicateFaceCheck {
    private final BiometricCipher cipher;
    private final DoubleSupplier threshold;

    /** {@code threshold} is the face-match threshold, read per check so the admin's setting applies at once. */
    public DuplicateFaceCheck(BiometricCipher cipher, DoubleSupplier threshold) {
        this.cipher = cipher;
        this.threshold = threshold;
    }

    public List<AttendanceRecordEntity> matches(Session session, long sessionId, long studentId, float[] embedding) {
        if (embedding == null || embedding.length == 0) {
            return List.of();
        }
        double limit = threshold.getAsDouble();
        return session.createSelectionQuery("from AttendanceRecordEntity r where r.sessionId = :session "
                        + "and r.studentId <> :student and r.faceEmbedding is not null", AttendanceRecordEntity.class)
                .setParameter("session", sessionId).setParameter("student", studentId).getResultList().stream()
                .filter(other -> sameFace(embedding, open(other), limit))
                .toList();
    }

    /** An embedding that cannot be opened or comes from other models (another length) is never a match. */
    private static boolean sameFace(float[] embedding, float[] other, double limit) {
        return other != null && other.length == embedding.length
                && FaceMatchPolicy.cosineSimilarity(embedding, other) >= limit;
    }

    /** The sealed embedding to store on the record of {@code studentId} in {@code sessionId}; null for none. */
    public String seal(long sessionId, long studentId, float[] embedding) {
        return embedding == null || embedding.length == 0 ? null
                : cipher.sealText(Purpose.RECORD_EMBEDDING, embedding, binding(sessionId, studentId));
    }

    private float[] open(AttendanceRecordEntity record) {
        try {
            return cipher.openText(Purpose.RECORD_EMBEDDING, record.getFaceEmbedding(),
                    binding(record.getSessionId(), record.getStudentId()));
        } catch (BiometricCipher.TamperedException e) {
            return null; // written under a dropped key, or altered: evidence we cannot use
        }
    }

    static byte[] binding(long sessionId, long studentId) {
        return ("smavs-record-embedding|" + sessionId + "|" + studentId).getBytes(StandardCharsets.UTF_8);
    }
}
