package org.smavs.server.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;

/**
 * One student's record in one session; UNIQUE (session_id, student_id) in the schema. Raw coordinates are
 * only filled when the operator configured it; the face embedding is stored encrypted and never mapped out.
 */
@Entity
@Table(name = "attendance_records")
public class AttendanceRecordEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "session_id", nullable = false)
    private long sessionId;
    @Column(name = "student_id", nullable = false)
    private long studentId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceStatus status;
    @Column(nullable = false)
    private String flags = "";
    @Column(name = "risk_score", nullable = false)
    private int riskScore;
    private Double similarity;
    @Column(name = "liveness_score")
    private Double livenessScore;
    @Column(name = "distance_m")
    private Double distanceM;
    @Column(name = "within_geofence")
    private Boolean withinGeofence;
    @Column(name = "accuracy_m")
    private Double accuracyM;
    private Double latitude;
    private Double longitude;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AttendanceSource source;
    @Column(name = "device_id")
    private String deviceId;
    @Column(name = "kiosk_id")
    private Long kioskId;
    @Column(name = "selfie_key")
    private String selfieKey;
    @Column(name = "presence_key")
    private String presenceKey;
    @Column(name = "face_embedding")
    private String faceEmbedding;
    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;
    @Column(name = "captured_at")
    private Instant capturedAt;
    @Column(name = "reviewed_by")
    private Long reviewedBy;
    @Column(name = "reviewed_at")
    private Instant reviewedAt;
    @Column(name = "review_note")
    private String reviewNote;

    protected AttendanceRecordEntity() {
    }

    public AttendanceRecordEntity(long sessionId, long studentId, AttendanceSource source, Instant submittedAt) {
        this.sessionId = sessionId;
        this.studentId = studentId;
        this.source = source;
        this.submittedAt = submittedAt;
        this.status = AttendanceStatus.PRESENT;
    }

    public void setVerdict(AttendanceStatus status, List<ReasonCode> flags, int riskScore) {
        this.status = status;
        this.flags = flags.stream().map(Enum::name).collect(Collectors.joining(","));
        this.riskScore = riskScore;
    }

    public void setFace(Double similarity, Double livenessScore, String encryptedEmbedding) {
        this.similarity = similarity;
        this.livenessScore = livenessScore;
        this.faceEmbedding = encryptedEmbedding;
    }

    public void setLocation(Double distanceM, Boolean withinGeofence, Double accuracyM, Double latitude, Double longitude) {
        this.distanceM = distanceM;
        this.withinGeofence = withinGeofence;
        this.accuracyM = accuracyM;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public void setEvidence(String deviceId, Long kioskId, String selfieKey, String presenceKey, Instant capturedAt) {
        this.deviceId = deviceId;
        this.kioskId = kioskId;
        this.selfieKey = selfieKey;
        this.presenceKey = presenceKey;
        this.capturedAt = capturedAt;
    }

    /** A person's decision on the record. */
    public void review(AttendanceStatus status, Long reviewerId, String note, Instant now) {
        this.status = status;
        this.reviewedBy = reviewerId;
        this.reviewNote = note;
        this.reviewedAt = now;
    }

    public List<ReasonCode> flagList() {
        if (flags == null || flags.isBlank()) {
            return new ArrayList<>();
        }
        List<ReasonCode> list = new ArrayList<>();
        Arrays.stream(flags.split(",")).map(String::trim).filter(s -> !s.isEmpty()).forEach(name -> {
            try {
                list.add(ReasonCode.valueOf(name));
            } catch (IllegalArgumentException ignored) {
                // a code written by a newer server version; leave it out rather than fail the read
            }
        });
        return list;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public long getStudentId() {
        return studentId;
    }

    public AttendanceStatus getStatus() {
        return status;
    }

    public int getRiskScore() {
        return riskScore;
    }

    public Double getSimilarity() {
        return similarity;
    }

    public Double getLivenessScore() {
        return livenessScore;
    }

    public Double getDistanceM() {
        return distanceM;
    }

    public Boolean getWithinGeofence() {
        return withinGeofence;
    }

    public AttendanceSource getSource() {
        return source;
    }

    public String getSelfieKey() {
        return selfieKey;
    }

    public String getPresenceKey() {
        return presenceKey;
    }

    public String getFaceEmbedding() {
        return faceEmbedding;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Long getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
