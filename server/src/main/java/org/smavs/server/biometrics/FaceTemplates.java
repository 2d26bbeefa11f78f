package org.smavs.server.biometrics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.server.face.FaceTemplateCipher;
import org.smavs.server.persistence.Database;

/**
 * Stores and reads encrypted templates. The associated data binds each template to its user and model
 * version, so a template copied onto another account, or compared across model versions, fails to open.
 */
public final class FaceTemplates {
    private static final Logger log = LoggerFactory.getLogger(FaceTemplates.class);
    private static final int RESEAL_BATCH = 200;

    private final FaceTemplateCipher cipher;

    public FaceTemplates(FaceTemplateCipher cipher) {
        this.cipher = cipher;
    }

    public FaceTemplateEntity find(Session session, long userId) {
        return session.createSelectionQuery("from FaceTemplateEntity t where t.userId = :user", FaceTemplateEntity.class)
                .setParameter("user", userId).getSingleResultOrNull();
    }

    public String seal(long userId, String modelVersion, float[] embedding) {
        return Base64.getEncoder().encodeToString(cipher.encrypt(embedding, associatedData(userId, modelVersion)));
    }

    public float[] open(FaceTemplateEntity template) {
        return cipher.decrypt(Base64.getDecoder().decode(template.getTemplateCiphertext()),
                associatedData(template.getUserId(), template.getModelVersion()));
    }

    /**
     * Re-encrypts, under the current key, every template sealed with a previous key or the first format
     * (a maintenance job after an operator rotates SMAVS_FACE_KEY). Walks the table by id; each template is
     * re-encrypted in a transaction of its own, so a template that cannot be (no configured key opens it,
     * corrupt text, deleted by a re-enrolment meanwhile) is logged and skipped without holding up the others.
     *
     * @return how many templates were re-encrypted
     */
    public int resealOutdated(Database database) {
        String current = currentPrefix();
        int resealed = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> outdated = database.inTransaction(session -> session.createSelectionQuery(
                            "select t.id from FaceTemplateEntity t where t.id > :after "
                                    + "and t.templateCiphertext not like :prefix order by t.id", Long.class)
                    .setParameter("after", from).setParameter("prefix", current + "%")
                    .setMaxResults(RESEAL_BATCH).getResultList());
            if (outdated.isEmpty()) {
                break;
            }
            for (long id : outdated) {
                try {
                    if (database.inTransaction(session -> reseal(session, id))) {
                        resealed++;
                    }
                } catch (RuntimeException e) {
                    log.warn("Face template {} cannot be re-encrypted under the current key: {}", id, e.getMessage());
                }
            }
            after = outdated.get(outdated.size() - 1);
        }
        if (resealed > 0) {
            log.info("Re-encrypted {} face templates under key {}", resealed, cipher.currentKeyId());
        }
        return resealed;
    }

    /** False when the template is gone or already current (another instance got there first). */
    private boolean reseal(Session session, long id) {
        FaceTemplateEntity template = session.find(FaceTemplateEntity.class, id);
        if (template == null || cipher.isCurrent(Base64.getDecoder().decode(template.getTemplateCiphertext()))) {
            return false;
        }
        template.reseal(seal(template.getUserId(), template.getModelVersion(), open(template)));
        return true;
    }

    /**
     * Base64 of the 9-byte header (version + key id) is exactly 12 characters and contains no LIKE wildcards,
     * so the database can skip templates already under the current key by prefix.
     */
    private String currentPrefix() {
        return Base64.getEncoder().encodeToString(cipher.currentHeader());
    }

    private static byte[] associatedData(long userId, String modelVersion) {
        return ("smavs-face-template|" + userId + "|" + modelVersion).getBytes(StandardCharsets.UTF_8);
    }
}
