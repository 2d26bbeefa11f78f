package org.smavs.server.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A background CSV import: its progress while it runs, its report (JSON) once done. */
@Entity
@Table(name = "import_jobs")
public class ImportJobEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "created_by")
    private Long createdBy;
    @Column(nullable = false)
    private String status;
    @Column(name = "total_lines", nullable = false)
    private int totalLines;
    @Column(name = "processed_lines", nullable = false)
    private int processedLines;
    @Column(name = "result_json")
    private String resultJson;
    private String error;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportJobEntity() {
    }

    ImportJobEntity(Long createdBy, String status, int totalLines, Instant createdAt) {
        this.createdBy = createdBy;
        this.status = status;
        this.totalLines = totalLines;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    void finish(String status, Integer processedLines, String resultJson, String error, Instant at) {
        this.status = status;
        if (processedLines != null) {
            this.processedLines = processedLines;
        }
        this.resultJson = resultJson;
        this.error = error;
        this.finishedAt = at;
        this.updatedAt = at;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Long getId() {
        return id;
    }

    String getStatus() {
        return status;
    }

    int getTotalLines() {
        return totalLines;
    }

    int getProcessedLines() {
        return processedLines;
    }

    String getResultJson() {
        return resultJson;
    }

    String getError() {
        return error;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getFinishedAt() {
        return finishedAt;
    }
}
