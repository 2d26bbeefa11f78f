package org.smavs.server.kiosk;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.smavs.model.kiosk.Challenge;

/** A check-in in progress at a kiosk: who, for which session, which challenge, until when. */
@Entity
@Table(name = "kiosk_checkins")
public class KioskCheckInEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "kiosk_id", nullable = false)
    private Long kioskId;
    @Column(name = "session_id", nullable = false)
    private Long sessionId;
    @Column(name = "student_id", nullable = false)
    private Long studentId;
    @Column(name = "device_id")
    private String deviceId;
    /** Reason codes of the device layer found at identification (comma-separated), carried to the record. */
    @Column(name = "device_flags")
    private String deviceFlags;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Challenge challenge;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected KioskCheckInEntity() {
    }

    public KioskCheckInEntity(Long kioskId, Long sessionId, Long studentId, String deviceId, Challenge challenge,
                              Instant createdAt, Instant expiresAt) {
        this.kioskId = kioskId;
        this.sessionId = sessionId;
        this.studentId = studentId;
        this.deviceId = deviceId;
        this.challenge = challenge;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Long getKioskId() {
        return kioskId;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public Long getStudentId() {
        return studentId;
    }

    public java.util.List<org.smavs.model.attendance.ReasonCode> getDeviceFlags() {
        return deviceFlags == null || deviceFlags.isBlank() ? java.util.List.of()
                : java.util.Arrays.stream(deviceFlags.split(",")).map(org.smavs.model.attendance.ReasonCode::valueOf).toList();
    }

    public void setDeviceFlags(java.util.List<org.smavs.model.attendance.ReasonCode> flags) {
        this.deviceFlags = flags.isEmpty() ? null
                : String.join(",", flags.stream().map(Enum::name).toList());
    }

    public String getDeviceId() {
        return deviceId;
    }

    public Challenge getChallenge() {
        return challenge;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public void complete(Instant now) {
        this.completedAt = now;
    }
}
