package org.smavs.server.biometrics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student's enrolled face: the AES-GCM encrypted embedding (base64) and where the reference photo is. */
@Entity
@Table(name = "face_templates")
public class FaceTemplateEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "template_ciphertext", nullable = false)
    private String templateCiphertext;
    @Column(name = "model_version", nullable = false)
    private String modelVersion;
    @Column(name = "reference_key")
    private String referenceKey;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FaceTemplateEntity() {
    }

    public FaceTemplateEntity(Long userId, String templateCiphertext, String modelVersion, String referenceKey, Instant createdAt) {
        this.userId = userId;
        this.templateCiphertext = templateCiphertext;
        this.modelVersion = modelVersion;
        this.referenceKey = referenceKey;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** Replaces the ciphertext with the same template sealed again (key rotation). */
    public void reseal(String ciphertext) {
        this.templateCiphertext = ciphertext;
    }

    public Long getUserId() {
        return userId;
    }

    public String getTemplateCiphertext() {
        return templateCiphertext;
    }

    public String getModelVersion() {
        return modelVersion;
    }

    public String getReferenceKey() {
        return referenceKey;
    }
}
