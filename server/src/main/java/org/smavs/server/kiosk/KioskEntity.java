package org.smavs.server.kiosk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import org.smavs.model.admin.Kiosk;

/** A classroom kiosk. Its enrolment code and credential are stored only as SHA-256 hashes. */
@Entity
@Table(name = "kiosks")
public class KioskEntity {
    public static final String PENDING = "pending";
    public static final String ACTIVE = "active";
    public static final String REVOKED = "revoked";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String name;
    @Column(name = "room_id", nullable = false)
    private Long roomId;
    @Column(nullable = false)
    private String status;
    @Column(name = "enrollment_code_hash")
    private String enrollmentCodeHash;
    @Column(name = "enrollment_expires_at")
    private Instant enrollmentExpiresAt;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    protected KioskEntity() {
    }

    public KioskEntity(String name, Long roomId, String enrollmentCodeHash, Instant enrollmentExpiresAt, Instant createdAt) {
        this.name = name;
        this.roomId = roomId;
        this.status = PENDING;
        this.enrollmentCodeHash = enrollmentCodeHash;
        this.enrollmentExpiresAt = enrollmentExpiresAt;
        this.createdAt = createdAt;
    }

    void activate(String tokenHash, Instant now) {
        this.tokenHash = tokenHash;
        this.status = ACTIVE;
        this.enrollmentCodeHash = null;
        this.enrollmentExpiresAt = null;
        this.lastSeenAt = now;
    }

    void revoke() {
        this.status = REVOKED;
        this.tokenHash = null;
        this.enrollmentCodeHash = null;
    }

    void reissueCode(String codeHash, Instant expiresAt) {
        this.status = PENDING;
        this.tokenHash = null;
        this.enrollmentCodeHash = codeHash;
        this.enrollmentExpiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getStatus() {
        return status;
    }

    Instant getEnrollmentExpiresAt() {
        return enrollmentExpiresAt;
    }

    Instant getLastSeenAt() {
        return lastSeenAt;
    }

    void seen(Instant now) {
        this.lastSeenAt = now;
    }

    public Kiosk toModel() {
        return new Kiosk(id, name, roomId, status, createdAt.atOffset(ZoneOffset.UTC),
                lastSeenAt == null ? null : lastSeenAt.atOffset(ZoneOffset.UTC));
    }
}
