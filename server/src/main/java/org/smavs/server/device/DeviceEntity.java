package org.smavs.server.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A device a student bound. {@code activeUserId} equals {@code userId} while it is the bound device and is
 * null once released; its UNIQUE constraint makes "one active device per student" a database fact.
 */
@Entity
@Table(name = "devices")
public class DeviceEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "active_user_id")
    private Long activeUserId;
    @Column(nullable = false)
    private String imei;
    /** Equals {@code imei} while bound, null once released: UNIQUE, so one device id serves one account at a time. */
    @Column(name = "active_imei")
    private String activeImei;
    @Column(name = "public_key")
    private String publicKey;
    private String platform;
    private String model;
    @Column(name = "bound_at", nullable = false)
    private Instant boundAt;
    @Column(name = "released_at")
    private Instant releasedAt;

    protected DeviceEntity() {
    }

    public DeviceEntity(long userId, String imei, String publicKey, String platform, String model, Instant boundAt) {
        this.userId = userId;
        this.activeUserId = userId;
        this.imei = imei;
        this.activeImei = imei;
        this.publicKey = publicKey;
        this.platform = platform;
        this.model = model;
        this.boundAt = boundAt;
    }

    public void release(Instant now) {
        this.activeUserId = null;
        this.activeImei = null;
        this.releasedAt = now;
    }

    public void setPublicKey(String publicKey) {
        this.publicKey = publicKey;
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public boolean isActive() {
        return activeUserId != null;
    }

    public String getImei() {
        return imei;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public String getPlatform() {
        return platform;
    }

    public String getModel() {
        return model;
    }

    public Instant getBoundAt() {
        return boundAt;
    }

    public Instant getReleasedAt() {
        return releasedAt;
    }
}
