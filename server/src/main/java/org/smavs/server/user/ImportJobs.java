package org.smavs.server.user;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.ImportResult;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ServiceUnavailableException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;

/**
 * CSV imports in the background: the request that starts one answers at once with a job the admin's app polls
 * for progress and, at the end, the same report a direct import gives. Jobs run one at a time (each line
 * already hashes passwords and PINs on the shared CPU); their state is in the database, so every instance can
 * answer for them, and a job cut off by a restart says so and how far it got.
 */
public final class ImportJobs implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ImportJobs.class);
    /** Progress is written every this many lines (and at the end): one small UPDATE, not one per line. */
    private static final int PROGRESS_EVERY = 10;
    /** A running job that has not moved for this long has lost its server. */
    static final Duration SILENT_FOR = Duration.ofMinutes(5);
    /** Reports kept this long for the admin to read back. */
    static final Duration KEPT_FOR = Duration.ofDays(30);

    private final Database database;
    private final UserAdminService users;
    private final UserAdminService.CourseEnroller enroller;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "smavs-import");
        thread.setDaemon(true);
        return thread;
    });

    public ImportJobs(Database database, UserAdminService users, UserAdminService.CourseEnroller enroller,
                      AuditLog audit, ObjectMapper json, Clock clock) {
        this.database = database;
        this.users = users;
        this.enroller = enroller;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Checks the file as a whole (422 at once for a broken one), records the job and queues it. */
    public ImportJob start(String csv, Actor actor) {
        List<CSVRecord> lines = UserAdminService.parseImport(csv);
        Instant now = clock.instant();
        long id = database.inTransaction(session -> {
            ImportJobEntity job = new ImportJobEntity(actor.userId(), ImportJob.RUNNING, lines.size(), now);
            session.persist(job);
            session.flush();
            audit.record(session, actor, "user.import_started", "import_job", job.getId(), lines.size() + " lines");
            return job.getId();
        });
        try {
            worker.execute(() -> run(id, lines, actor));
        } catch (RejectedExecutionException e) {
            finish(id, ImportJob.FAILED, null, "The server is shutting down; nothing was imported. Start it again.");
            throw new ServiceUnavailableException("The server is shutting down; try the import again in a minute");
        }
        return get(id);
    }

    public ImportJob get(long id) {
        ImportJobEntity job = database.inTransaction(session -> {
            ImportJobEntity found = session.find(ImportJobEntity.class, id);
            if (found != null && ImportJob.RUNNING.equals(found.getStatus())
                    && found.getUpdatedAt().isBefore(clock.instant().minus(SILENT_FOR))) {
                // its server stopped (a crash or a restart) mid-way: say so instead of "running" for ever
                found.finish(ImportJob.FAILED, null, null, "The server running this import stopped; the first "
                        + found.getProcessedLines() + " lines were imported. Import the file again: existing accounts "
                        + "are reported and skipped.", clock.instant());
            }
            return found;
        });
        if (job == null) {
            throw new NotFoundException("No import job with id " + id);
        }
        return new ImportJob(id, job.getStatus(), job.getTotalLines(), job.getProcessedLines(),
                readResult(job.getResultJson()), job.getError(), utc(job.getCreatedAt()), utc(job.getFinishedAt()));
    }

    /** Forgets reports older than {@link #KEPT_FOR} (they name students). */
    public int purgeOld() {
        return database.inTransaction(session -> session.createMutationQuery("delete from ImportJobEntity j "
                        + "where j.finishedAt < :before").setParameter("before", clock.instant().minus(KEPT_FOR))
                .executeUpdate());
    }

    private void run(long id, List<CSVRecord> lines, Actor actor) {
        try {
            ImportResult result = users.importLines(lines, actor, enroller, processed -> {
                if (processed % PROGRESS_EVERY == 0) {
                    progress(id, processed);
                }
            });
            finish(id, ImportJob.DONE, result, null);
        } catch (RuntimeException e) {
            LOG.error("Import job {} failed", id, e);
            finish(id, ImportJob.FAILED, null, "The import stopped: " + e.getMessage());
        }
    }

    private void progress(long id, int processed) {
        if (Thread.currentThread().isInterrupted()) {
            throw new IllegalStateException("the server is stopping; the first " + processed + " lines were imported");
        }
        database.run(session -> session.createMutationQuery("update ImportJobEntity j set j.processedLines = :done, "
                        + "j.updatedAt = :now where j.id = :id").setParameter("done", processed)
                .setParameter("now", clock.instant()).setParameter("id", id).executeUpdate());
    }

    private void finish(long id, String status, ImportResult result, String error) {
        String report = writeResult(result);
        database.run(session -> session.find(ImportJobEntity.class, id).finish(status,
                result == null ? null : result.created() + result.skipped(), report, error, clock.instant()));
    }

    private String writeResult(ImportResult result) {
        if (result == null) {
            return null;
        }
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store an import report", e);
        }
    }

    private ImportResult readResult(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return json.readValue(stored, ImportResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored import report", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Stops a running import at its next progress step; it is recorded as failed with how far it got. */
    @Override
    public void close() throws InterruptedException {
        worker.shutdownNow();
        worker.awaitTermination(5, TimeUnit.SECONDS);
    }
}
