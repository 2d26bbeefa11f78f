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
     * (a maintenance job after an operator rotates SMAVS_FACE_KEY). Walks the table by id in small
     * transactions; a template no configured key opens is logged and left as it is.
     *
     * @return how many templates were re-encrypted
     */
    public int resealOutdated(Database database) {
        String current = currentPrefix();
        int resealed = 0;
        long after = 0;
        while (true) {
            long from = after;
            BatchResult batch = database.inTransaction(session -> resealBatch(session, current, from));
            resealed += batch.resealed();
            if (batch.lastId() == null) {
                break;
            }
            after = batch.lastId();
        }
        if (resealed > 0) {
            log.info("Re-encrypted {} face templates under key {}", resealed, cipher.currentKeyId());
        }
        return resealed;
    }

    private BatchResult resealBatch(Session session, String currentPrefix, long after) {
        // base64 of the 9-byte header (version + key id) is exactly 12 characters, so current templates
        // share one prefix and the database can skip them
        List<FaceTemplateEntity> outdated = session.createSelectionQuery(
                        "from FaceTemplateEntity t where t.id > :after and t.templateCiphertext not like :prefix "
                                + "order by t.id", FaceTemplateEntity.class)
                .setParameter("after", after).setParameter("prefix", currentPrefix + "%")
                .setMaxResults(RESEAL_BATCH).getResultList();
        int resealed = 0;
        for (FaceTemplateEntity template : outdated) {
            try {
                template.reseal(seal(template.getUserId(), template.getModelVersion(), open(template)));
                resealed++;
            } catch (FaceTemplateCipher.TamperedTemplateException e) {
                log.warn("Face template {} of user {} cannot be re-encrypted: {}", template.getId(),
                        template.getUserId(), e.getMessage());
            }
        }
        return new BatchResult(resealed, outdated.isEmpty() ? null : outdated.get(outdated.size() - 1).getId());
    }

    private String currentPrefix() {
        return Base64.getEncoder().encodeToString(cipher.currentHeader());
    }

    private record BatchResult(int resealed, Long lastId) {
    }

    private static byte[] associatedData(long userId, String modelVersion) {
        return ("smavs-face-template|" + userId + "|" + modelVersion).getBytes(StandardCharsets.UTF_8);
    }
}
