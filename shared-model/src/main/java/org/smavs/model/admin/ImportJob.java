package org.smavs.model.admin;

import java.time.OffsetDateTime;

/**
 * A CSV import running in the background. {@code status}: {@code running}, {@code done} (with {@code result}) or
 * {@code failed} (with {@code error}, e.g. the server restarted mid-way: the lines before
 * {@code processedLines} were imported).
 */
public record ImportJob(long id, String status, int totalLines, int processedLines, ImportResult result,
                        String error, OffsetDateTime createdAt, OffsetDateTime finishedAt) {
    public static final String RUNNING = "running";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    public boolean finished() {
        return !RUNNING.equals(status);
    }
}
