package org.smavs.server.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import org.smavs.server.attendance.AttendanceQueries;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Actor;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.AbsenteeMarker;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.session.SessionStatusPolicy;
import org.smavs.server.user.UserEntity;

/** Session exports (CSV, PDF). An export carries personal data, so each one is audited. */
public final class ReportService {
    /** A file to download. */
    public record Download(byte[] data, String contentType, String fileName) {
    }

    private final Database database;
    private final SessionAccess access;
    private final AbsenteeMarker absentees;
    private final AttendanceQueries queries;
    private final AttendanceCsv csv;
    private final AttendancePdf pdf;
    private final AuditLog audit;
    private final Clock clock;

    public ReportService(Database database, SessionAccess access, AbsenteeMarker absentees, AttendanceQueries queries,
                         AttendanceCsv csv, AttendancePdf pdf, AuditLog audit, Clock clock) {
        this.database = database;
        this.access = access;
        this.absentees = absentees;
        this.queries = queries;
        this.csv = csv;
        this.pdf = pdf;
        this.audit = audit;
        this.clock = clock;
    }

    public Download export(long sessionId, String format, Actor actor) {
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("pdf")) {
            throw ValidationException.field("format", "must be csv or pdf");
        }
        boolean asPdf = "pdf".equalsIgnoreCase(format);
        ExportData data = load(sessionId, actor, asPdf ? "pdf" : "csv");
        String base = "attendance-session-" + sessionId;
        if (asPdf) {
            return new Download(pdf.render(data), "application/pdf", base + ".pdf");
        }
        // A BOM lets Excel open the UTF-8 file with names intact.
        byte[] bytes = ("\uFEFF" + csv.render(data)).getBytes(StandardCharsets.UTF_8);
        return new Download(bytes, "text/csv; charset=utf-8", base + ".csv");
    }

    private ExportData load(long sessionId, Actor actor, String format) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, sessionId, actor);
            absentees.markIfEnded(session, entity, now);
            Object[] course = entity.getCourseId() == null ? null : session.createNativeQuery(
                            "SELECT code, name FROM courses WHERE id = :id", Object[].class)
                    .setParameter("id", entity.getCourseId()).getSingleResultOrNull();
            UserEntity lecturer = session.find(UserEntity.class, entity.getLecturerId());
            audit.record(session, actor, "session.export", "session", sessionId, "format=" + format);
            return new ExportData(sessionId, entity.getTitle(), course == null ? null : (String) course[0],
                    course == null ? null : (String) course[1], lecturer == null ? null : lecturer.getFullName(),
                    entity.getStartsAt(), entity.getEndsAt(), SessionStatusPolicy.status(entity, now).wire(),
                    queries.rosterOf(session, sessionId));
        });
    }
}
