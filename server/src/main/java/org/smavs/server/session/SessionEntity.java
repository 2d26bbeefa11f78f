package org.smavs.server.session;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.smavs.model.session.SessionStatus;

/**
 * A row of attendance_sessions. {@code storedState} is only what a person decided (open, closed,
 * expired); the status the API shows is derived from it and the clock by {@link SessionStatusPolicy}.
 */
@Entity
@Table(name = "attendance_sessions")
public class SessionEntity {
    public static final String OPEN = "open";
    public static final String CLOSED = SessionStatusPolicy.CLOSED;
    public static final String EXPIRED = SessionStatusPolicy.EXPIRED;
    public static final String CANCELLED = SessionStatusPolicy.CANCELLED;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String title;
    @Column(name = "course_id")
    private Long courseId;
    @Column(name = "lecturer_id", nullable = false)
    private long lecturerId;
    @Column(nullable = false)
    private String code;
    @Column(name = "status", nullable = false)
    private String storedState;
    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;
    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;
    private Double latitude;
    private Double longitude;
    @Column(name = "radius_m")
    private Double radiusM;
    @Column(name = "require_face", nullable = false)
    private boolean requireFace;
    @Column(name = "room_id")
    private Long roomId;
    @Column(name = "qr_secret", nullable = false)
    private String qrSecret;
    @Column(name = "absentees_marked", nullable = false)
    private boolean absenteesMarked;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected SessionEntity() {
    }

    public SessionEntity(String title, Long courseId, long lecturerId, String code, Instant startsAt, Instant endsAt,
                         boolean requireFace, String qrSecret, Instant createdAt) {
        this.title = title;
        this.courseId = courseId;
        this.lecturerId = lecturerId;
        this.code = code;
        this.storedState = OPEN;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.requireFace = requireFace;
        this.qrSecret = qrSecret;
        this.createdAt = createdAt;
    }

    /** Ends the session at {@code now} (or keeps an earlier end) with the given final state. */
    public void end(String state, Instant now) {
        this.storedState = state;
        this.closedAt = now;
        if (now.isBefore(endsAt)) {
            this.endsAt = now.isBefore(startsAt) ? startsAt : now;
        }
    }

    /** Calls the session off before it started: nothing to mark absent, nothing to count as held. */
    public void cancel() {
        this.storedState = CANCELLED;
        this.absenteesMarked = true;
    }

    public void setRequireFace(boolean requireFace) {
        this.requireFace = requireFace;
    }

    /** A scheduled session moved to another time. */
    public void reschedule(Instant startsAt, Instant endsAt) {
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public void setGeofence(Double latitude, Double longitude, Double radiusM) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.radiusM = radiusM;
    }

    public void setRoomId(Long roomId) {
        this.roomId = roomId;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public void rotateQrSecret(String qrSecret) {
        this.qrSecret = qrSecret;
    }

    public void setAbsenteesMarked(boolean absenteesMarked) {
        this.absenteesMarked = absenteesMarked;
    }

    /** The status the API shows at {@code now} (see {@link SessionStatusPolicy}). */
    public SessionStatus statusAt(Instant now) {
        return SessionStatusPolicy.status(storedState, startsAt, endsAt, now);
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public Long getCourseId() {
        return courseId;
    }

    public long getLecturerId() {
        return lecturerId;
    }

    public String getCode() {
        return code;
    }

    public String getStoredState() {
        return storedState;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public Double getRadiusM() {
        return radiusM;
    }

    public boolean isRequireFace() {
        return requireFace;
    }

    public Long getRoomId() {
        return roomId;
    }

    public String getQrSecret() {
        return qrSecret;
    }

    public boolean isAbsenteesMarked() {
        return absenteesMarked;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }
}
