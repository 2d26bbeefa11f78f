package org.smavs.server.biometrics;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.hibernate.Session;
import org.smavs.server.face.FaceTemplateCipher;

/**
 * Stores and reads encrypted templates. The associated data binds each template to its user and model
 * version, so a template copied onto another account, or compared across model versions, fails to open.
 */
public final class FaceTemplates {
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

    private static byte[] associatedData(long userId, String modelVersion) {
        return ("smavs-face-template|" + userId + "|" + modelVersion).getBytes(StandardCharsets.UTF_8);
    }
}
