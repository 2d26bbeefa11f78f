package org.smavs.server.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.smavs.model.admin.UnenrolledCheckIns;

@Entity
@Table(name = "courses")
public class CourseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String code;
    @Column(nullable = false)
    private String name;
    @Column(name = "lecturer_id")
    private Long lecturerId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "unenrolled_check_ins", nullable = false)
    private UnenrolledCheckIns unenrolledCheckIns = UnenrolledCheckIns.FLAG;
    @Column(nullable = false)
    private boolean archived;
    /** This course's own "late" rule; null: the institution's. */
    @Column(name = "late_after_minutes")
    private Integer lateAfterMinutes;

    protected CourseEntity() {
    }

    public CourseEntity(String code, String name, Long lecturerId, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.lecturerId = lecturerId;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getLecturerId() {
        return lecturerId;
    }

    public UnenrolledCheckIns getUnenrolledCheckIns() {
        return unenrolledCheckIns;
    }

    public void setUnenrolledCheckIns(UnenrolledCheckIns rule) {
        this.unenrolledCheckIns = rule;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setLecturerId(Long lecturerId) {
        this.lecturerId = lecturerId;
    }

    public boolean isArchived() {
        return archived;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public Integer getLateAfterMinutes() {
        return lateAfterMinutes;
    }

    public void setLateAfterMinutes(Integer lateAfterMinutes) {
        this.lateAfterMinutes = lateAfterMinutes;
    }
}
