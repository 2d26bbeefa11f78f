package org.smavs.server.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A student's request to move their binding to another device, decided by an admin. */
@Entity
@Table(name = "device_reset_requests")
public class DeviceResetRequestEntity {
    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String DENIED = "denied";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private long userId;
    @Column(name = "old_device")
    private String oldDevice;
    @Column(name = "new_device", nullable = false)
    private String newDevice;
    @Column(name = "new_public_key")
    private String newPublicKey;
    @Column(name = "new_platform")
    private String newPlatform;
    @Column(name = "new_model")
    private String newModel;
    @Column(nullable = false)
    private String status;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "decided_by")
    private Long decidedBy;
    private String note;
    /** user_id while pending, NULL once decided: the schema's UNIQUE constraint allows one pending per student. */
    @Column(name = "pending_user_id")
    private Long pendingUserId;

    protected DeviceResetRequestEntity() {
    }

    public DeviceResetRequestEntity(long userId, String oldDevice, String newDevice, String newPublicKey,
                                    String newPlatform, String newModel, Instant createdAt) {
        this.userId = userId;
        this.oldDevice = oldDevice;
        this.newDevice = newDevice;
        this.newPublicKey = newPublicKey;
        this.newPlatform = newPlatform;
        this.newModel = newModel;
        this.status = PENDING;
        this.pendingUserId = userId;
        this.createdAt = createdAt;
    }

    public void decide(String status, Long adminId, String note, Instant now) {
        this.status = status;
        this.pendingUserId = PENDING.equals(status) ? userId : null;
        this.decidedBy = adminId;
        this.note = note;
        this.decidedAt = now;
    }

    public boolean isPending() {
        return PENDING.equals(status);
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getOldDevice() {
        return oldDevice;
    }

    public String getNewDevice() {
        return newDevice;
    }

    public String getNewPublicKey() {
        return newPublicKey;
    }

    public String getNewPlatform() {
        return newPlatform;
    }

    public String getNewModel() {
        return newModel;
    }

    public String getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getNote() {
        return note;
    }
}
