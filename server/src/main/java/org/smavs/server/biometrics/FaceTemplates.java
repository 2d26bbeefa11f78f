package org.smavs.server.biometrics;

import java.nio.charset.StandardCharsets;
import org.hibernate.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.error.ErrorCodes;
import org.smavs.server.crypto.BiometricCipher;
import org.smavs.server.crypto.BiometricCipher.Purpose;
import org.smavs.server.error.ServiceUnavailableException;

/**
 * Stores and reads encrypted face templates. The binding ties each template to its user and model version,
 * so a template copied onto another account, or compared across model versions, fails to open.
 */
public final class FaceTemplates {
    private static final Logger LOG = LoggerFactory.getLogger(FaceTemplates.class);

    private final BiometricCipher cipher;

    public FaceTemplates(BiometricCipher cipher) {
        this.cipher = cipher;
    }

    public FaceTemplateEntity find(Session session, long userId) {
        return session.createSelectionQuery("from FaceTemplateEntity t where t.userId = :user", FaceTemplateEntity.class)
                .setParameter("user", userId).getSingleResultOrNull();
    }

    public String seal(long userId, String modelVersion, float[] embedding) {
        return cipher.sealText(Purpose.FACE_TEMPLATE, embedding, binding(userId, modelVersion));
    }

    public float[] open(FaceTemplateEntity template) {
        return cipher.openText(Purpose.FACE_TEMPLATE, template.getTemplateCiphertext(),
                binding(template.getUserId(), template.getModelVersion()));
    }

    /**
     * The enrolled embedding of {@code userId} for these models, or null when there is none (a template of
     * other models cannot be compared: the student must re-enrol).
     */
    public float[] reference(Session session, long userId, String modelVersion) {
        FaceTemplateEntity template = find(session, userId);
        if (template == null || !template.getModelVersion().equals(modelVersion)) {
            return null;
        }
        try {
            return open(template);
        } catch (BiometricCipher.TamperedException e) {
            // typically a key rotation half done: another instance re-encrypted under a key this one lacks
            LOG.error("Face template of user {} cannot be opened on this server: {}", userId, e.getMessage());
            throw new ServiceUnavailableException(ErrorCodes.FACE_UNAVAILABLE, "The enrolled face cannot be read "
                    + "on this server right now; please try again later or ask staff to check in manually");
        }
    }

    /** False when the template is already sealed in the current format under the current key. */
    boolean needsReseal(FaceTemplateEntity template) {
        return !template.getTemplateCiphertext().startsWith(currentPrefix());
    }

    /** Re-seals a template under the current key and format. */
    void reseal(FaceTemplateEntity template) {
        template.reseal(seal(template.getUserId(), template.getModelVersion(), open(template)));
    }

    /** Templates whose text does not start with this prefix need re-sealing. */
    String currentPrefix() {
        return cipher.currentTextPrefix(Purpose.FACE_TEMPLATE);
    }

    private static byte[] binding(long userId, String modelVersion) {
        return ("smavs-face-template|" + userId + "|" + modelVersion).getBytes(StandardCharsets.UTF_8);
    }
}
