package org.smavs.server.biometrics;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * The biometric evidence kept on a student's attendance records: the sealed embedding of the check-in photo
 * and the selfie and presence pictures. Withdrawing consent removes all of it; the records themselves (status,
 * reasons, scores) stay, stamped {@code biometrics_withdrawn_at}.
 */
public final class RecordBiometrics {

    /**
     * Clears every embedding and picture reference of {@code studentId}'s records and returns the storage keys
     * of the pictures, for the caller to delete once this transaction has committed.
     */
    public List<String> withdraw(Session session, long studentId, Instant now) {
        List<String> keys = new ArrayList<>();
        for (Object[] row : session.createNativeQuery("SELECT selfie_key, presence_key FROM attendance_records "
                        + "WHERE student_id = :student AND (selfie_key IS NOT NULL OR presence_key IS NOT NULL)", Object[].class)
                .setParameter("student", studentId).getResultList()) {
            for (Object key : row) {
                if (key != null) {
                    keys.add((String) key);
                }
            }
        }
        session.createNativeMutationQuery("UPDATE attendance_records SET face_embedding = NULL, selfie_key = NULL, "
                        + "presence_key = NULL, biometrics_withdrawn_at = :now WHERE student_id = :student "
                        + "AND (face_embedding IS NOT NULL OR selfie_key IS NOT NULL OR presence_key IS NOT NULL)")
                .setParameter("now", now).setParameter("student", studentId).executeUpdate();
        return keys;
    }
}
