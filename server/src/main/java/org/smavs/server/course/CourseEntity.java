package org.smavs.server.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

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
}
