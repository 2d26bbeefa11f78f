package org.smavs.server.attendance;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import org.hibernate.Session;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.server.crypto.BiometricCipher;
import org.smavs.server.crypto.BiometricCipher.Purpose;
import org.smavs.server.face.FaceMatchPolicy;

/**
 * Finds other students' records in the same session whose selfie shows the same face (cosine similarity of
 * the embeddings at or above the face threshold): one person checking in for several accounts. Each record's
 * embedding is sealed bound to its session and student, so it cannot be moved onto another record.
 *
 * <p>Opening every embedding of a session for every check-in would cost a decryption per record per request
 * (quadratic over a lecture hall), so each instance keeps the opened embeddings of recent sessions in memory
 * and reads only records it has not seen yet. Records written by other instances or committed out of id order
 * are picked up by re-reading the ids of the newest {@value #LATE_COMMIT_WINDOW} records. A match is re-read
 * from the database before it counts, so an embedding removed meanwhile (consent withdrawn, retention) never
 * flags anyone. Two check-ins committing at the same instant may still not see each other: this check is
 * evidence for the lecturer, not the only safeguard.
 */
public final class DuplicateFaceCheck {
    /** Ids of records that may have been committed after a higher id was seen: re-read this many. */
    private static final int LATE_COMMIT_WINDOW = 256;
    /** About 40 MB of opened 512-float embeddings at most; the least recently used sessions go first. */
    private static final int MAX_CACHED_EMBEDDINGS = 20_000;

    private final BiometricCipher cipher;
    private final DoubleSupplier threshold;
    private final Map<Long, SessionFaces> sessions = new LinkedHashMap<>(64, 0.75f, true);
    private int cachedEmbeddings;

    /** {@code threshold} is the face-match threshold, read per check so the admin's setting applies at once. */
    public DuplicateFaceCheck(BiometricCipher cipher, DoubleSupplier threshold) {
        this.cipher = cipher;
        this.threshold = threshold;
    }

    /** The opened embeddings of one session's records, by record id. */
    private static final class SessionFaces {
        final Map<Long, Face> byRecord = new LinkedHashMap<>();
        long highestId;
    }

    private record Face(long studentId, float[] embedding) {
    }

    /**
     * Whether other students' records in this session show the same face, and those of them not yet flagged
     * for it (to re-flag). Two queries whatever the number of matches, so a hall where many records match
     * (one person, many accounts) does not load every match on every check-in.
     */
    public DuplicateFaces matches(Session session, long sessionId, long studentId, float[] embedding) {
        if (embedding == null || embedding.length == 0) {
            return DuplicateFaces.NONE;
        }
        double limit = threshold.getAsDouble();
        List<Long> candidates = new ArrayList<>();
        for (Map.Entry<Long, Face> entry : facesOf(session, sessionId).entrySet()) {
            Face face = entry.getValue();
            if (face.studentId() != studentId && sameFace(embedding, face.embedding(), limit)) {
                candidates.add(entry.getKey());
            }
        }
        if (candidates.isEmpty()) {
            return DuplicateFaces.NONE;
        }
        // re-read: an embedding removed meanwhile (consent withdrawn, retention) must not count
        long stillThere = session.createSelectionQuery("select count(r) from AttendanceRecordEntity r where r.id in :ids "
                        + "and r.faceEmbedding is not null", Long.class)
                .setParameterList("ids", candidates).getSingleResult();
        if (stillThere == 0) {
            return DuplicateFaces.NONE;
        }
        List<AttendanceRecordEntity> notYetFlagged = session.createSelectionQuery("from AttendanceRecordEntity r "
                        + "where r.id in :ids and r.faceEmbedding is not null and r.flags not like :flag",
                        AttendanceRecordEntity.class)
                .setParameterList("ids", candidates)
                .setParameter("flag", "%" + ReasonCode.DUPLICATE_FACE_IN_SESSION.name() + "%").getResultList();
        return new DuplicateFaces(true, notYetFlagged);
    }

    /** The outcome of {@link #matches}. */
    public record DuplicateFaces(boolean found, List<AttendanceRecordEntity> notYetFlagged) {
        static final DuplicateFaces NONE = new DuplicateFaces(false, List.of());
    }

    /** The sealed embedding to store on the record of {@code studentId} in {@code sessionId}; null for none. */
    public String seal(long sessionId, long studentId, float[] embedding) {
        return embedding == null || embedding.length == 0 ? null
                : cipher.sealText(Purpose.RECORD_EMBEDDING, embedding, binding(sessionId, studentId));
    }

    /** A copy of the session's opened embeddings, brought up to date with the database first. */
    private Map<Long, Face> facesOf(Session session, long sessionId) {
        SessionFaces faces;
        synchronized (sessions) {
            faces = sessions.computeIfAbsent(sessionId, id -> new SessionFaces());
        }
        Map<Long, Face> snapshot;
        int added;
        synchronized (faces) {
            int before = faces.byRecord.size();
            long from = Math.max(0, faces.highestId - LATE_COMMIT_WINDOW);
            List<Long> unseen = session.createSelectionQuery("select r.id from AttendanceRecordEntity r "
                            + "where r.sessionId = :session and r.id > :from and r.faceEmbedding is not null", Long.class)
                    .setParameter("session", sessionId).setParameter("from", from).getResultList().stream()
                    .filter(id -> !faces.byRecord.containsKey(id)).toList();
            if (!unseen.isEmpty()) {
                for (Object[] row : session.createSelectionQuery("select r.id, r.studentId, r.faceEmbedding "
                                + "from AttendanceRecordEntity r where r.id in (:ids)", Object[].class)
                        .setParameter("ids", unseen).getResultList()) {
                    long id = (Long) row[0];
                    long student = (Long) row[1];
                    float[] opened = open(sessionId, student, (String) row[2]);
                    if (opened != null) {
                        faces.byRecord.put(id, new Face(student, opened));
                    }
                    faces.highestId = Math.max(faces.highestId, id);
                }
            }
            added = faces.byRecord.size() - before;
            snapshot = new LinkedHashMap<>(faces.byRecord);
        }
        if (added > 0) {
            evictBeyondLimit(added);
        }
        return snapshot;
    }

    private void evictBeyondLimit(int added) {
        synchronized (sessions) {
            cachedEmbeddings += added;
            Iterator<SessionFaces> oldestFirst = sessions.values().iterator();
            while (cachedEmbeddings > MAX_CACHED_EMBEDDINGS && sessions.size() > 1 && oldestFirst.hasNext()) {
                SessionFaces oldest = oldestFirst.next();
                synchronized (oldest) {
                    cachedEmbeddings -= oldest.byRecord.size();
                }
                oldestFirst.remove();
            }
        }
    }

    /** An embedding that cannot be opened or comes from other models (another length) is never a match. */
    private static boolean sameFace(float[] embedding, float[] other, double limit) {
        return other.length == embedding.length && FaceMatchPolicy.cosineSimilarity(embedding, other) >= limit;
    }

    private float[] open(long sessionId, long studentId, String sealed) {
        try {
            return cipher.openText(Purpose.RECORD_EMBEDDING, sealed, binding(sessionId, studentId));
        } catch (BiometricCipher.TamperedException e) {
            return null; // written under a dropped key, or altered: evidence we cannot use
        }
    }

    static byte[] binding(long sessionId, long studentId) {
        return ("smavs-record-embedding|" + sessionId + "|" + studentId).getBytes(StandardCharsets.UTF_8);
    }
}
