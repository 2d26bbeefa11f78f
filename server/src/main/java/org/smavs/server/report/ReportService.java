package org.smavs.server.report;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.server.attendance.AttendanceQueries;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.identity.Actor;
import org.smavs.server.course.CourseEntity;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.persistence.Database;
import org.smavs.server.session.AbsenteeMarker;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.session.SessionStatusPolicy;
import org.smavs.server.user.UserEntity;

/**
 * Session and course exports (CSV, PDF). An export carries personal data, so each one is audited. A course
 * export is every session of the course starting in a date range, for the course's lecturer or an admin.
 */
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
    private final java.util.function.IntSupplier thresholdPercent;
    private final Clock clock;

    /** {@code thresholdPercent}: the institution's attendance threshold, for "below threshold" in course exports. */
    public ReportService(Database database, SessionAccess access, AbsenteeMarker absentees, AttendanceQueries queries,
                         AttendanceCsv csv, AttendancePdf pdf, AuditLog audit, java.util.function.IntSupplier thresholdPercent,
                         Clock clock) {
        this.thresholdPercent = thresholdPercent;
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
        boolean asPdf = isPdf(format);
        ExportData data = load(sessionId, actor, asPdf ? "pdf" : "csv");
        String base = "attendance-session-" + sessionId;
        return asPdf ? new Download(pdf.render(data), "application/pdf", base + ".pdf") : csvDownload(csv.render(data), base);
    }

    /** Every session of the course starting within {@code range}, oldest first; another lecturer's course is 404. */
    /**
     * {@code format}: csv (a line per student and session), summary (a CSV line per student: held, present, late,
     * excused, absent, flagged, rejected, rate, below threshold) or pdf (the per-student figures, then each session).
     */
    public Download exportCourse(long courseId, ExportRange range, String format, Actor actor) {
        String kind = format == null ? "csv" : format.toLowerCase(java.util.Locale.ROOT);
        if (!List.of("csv", "pdf", "summary").contains(kind)) {
            throw ValidationException.field("format", "must be csv, summary or pdf");
        }
        CourseExportData data = loadCourse(courseId, range, actor, kind);
        String base = "attendance-course-" + courseId + "-" + range.from() + "-to-" + range.to();
        int threshold = thresholdPercent.getAsInt();
        return switch (kind) {
            case "pdf" -> new Download(pdf.render(data, StudentTotals.of(data), threshold), "application/pdf",
                    base + ".pdf");
            case "summary" -> csvDownload(csv.renderTotals(data, StudentTotals.of(data), threshold), base + "-summary");
            default -> csvDownload(csv.render(data.sessions()), base);
        };
    }

    /** The dates of a term, for a course export over it. */
    public ExportRange termRange(long termId) {
        Object[] row = database.inTransaction(session -> session.createNativeQuery("SELECT starts_on, ends_on FROM terms "
                + "WHERE id = :id", Object[].class).setParameter("id", termId).getSingleResultOrNull());
        if (row == null) {
            throw ValidationException.field("term", "no term with this id");
        }
        return ExportRange.parse(row[0].toString(), row[1].toString());
    }

    private static boolean isPdf(String format) {
        if (format != null && !format.equalsIgnoreCase("csv") && !format.equalsIgnoreCase("pdf")) {
            throw ValidationException.field("format", "must be csv or pdf");
        }
        return "pdf".equalsIgnoreCase(format);
    }

    private static Download csvDownload(String text, String base) {
        // A BOM lets Excel open the UTF-8 file with names intact.
        return new Download(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8), "text/csv; charset=utf-8", base + ".csv");
    }

    private ExportData load(long sessionId, Actor actor, String format) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            SessionEntity entity = access.requireVisible(session, sessionId, actor);
            Object[] course = entity.getCourseId() == null ? null : session.createNativeQuery(
                            "SELECT code, name FROM courses WHERE id = :id", Object[].class)
                    .setParameter("id", entity.getCourseId()).getSingleResultOrNull();
            audit.record(session, actor, "session.export", "session", sessionId, "format=" + format);
            return sessionData(session, entity, course == null ? null : (String) course[0],
                    course == null ? null : (String) course[1], now);
        });
    }

    private CourseExportData loadCourse(long courseId, ExportRange range, Actor actor, String format) {
        Instant now = clock.instant();
        return database.inTransaction(session -> {
            CourseEntity course = requireOwnCourse(session, courseId, actor);
            // cancelled sessions were never held: they are not in the course's export
            List<SessionEntity> entities = session.createSelectionQuery("from SessionEntity s where s.courseId = :course "
                            + "and s.startsAt >= :from and s.startsAt < :to and s.storedState <> :cancelled "
                            + "order by s.startsAt, s.id", SessionEntity.class)
                    .setParameter("cancelled", SessionEntity.CANCELLED)
                    .setParameter("course", courseId).setParameter("from", range.startInclusive())
                    .setParameter("to", range.endExclusive()).getResultList();
            entities.forEach(entity -> absentees.markIfEnded(session, entity, now));
            // every roster of the term in one query, not one per session
            Map<Long, List<AttendanceRecord>> rosters = queries.rostersOf(session,
                    entities.stream().map(SessionEntity::getId).toList());
            List<ExportData> sessions = entities.stream().map(entity -> exportData(session, entity, course.getCode(),
                    course.getName(), now, rosters.getOrDefault(entity.getId(), List.of()))).toList();
            UserEntity lecturer = course.getLecturerId() == null ? null : session.find(UserEntity.class, course.getLecturerId());
            audit.record(session, actor, "course.export", "course", courseId, "format=" + format + " from=" + range.from()
                    + " to=" + range.to() + " sessions=" + sessions.size());
            return new CourseExportData(courseId, course.getCode(), course.getName(),
                    lecturer == null ? null : lecturer.getFullName(), range, sessions);
        });
    }

    /** The course's lecturer and admins; anyone else gets the same 404 as a course that does not exist. */
    private CourseEntity requireOwnCourse(Session session, long courseId, Actor actor) {
        CourseEntity course = session.find(CourseEntity.class, courseId);
        boolean mine = course != null && (actor.isAdmin()
                || access.isLecturerOf(session, courseId, actor));
        if (!mine) {
            if (course != null) {
                // Its own transaction: the caller's is rolled back by the 404 that follows.
                audit.record(actor, "access.denied", "course", courseId, "not the course's lecturer");
            }
            throw new NotFoundException("No course with id " + courseId);
        }
        return course;
    }

    /** One session's headline and roster; an ended session first gets its absentees, so they are in the file. */
    private ExportData sessionData(Session session, SessionEntity entity, String courseCode, String courseName, Instant now) {
        absentees.markIfEnded(session, entity, now);
        return exportData(session, entity, courseCode, courseName, now, queries.rosterOf(session, entity.getId()));
    }

    private static ExportData exportData(Session session, SessionEntity entity, String courseCode, String courseName,
                                         Instant now, List<AttendanceRecord> roster) {
        UserEntity lecturer = session.find(UserEntity.class, entity.getLecturerId());
        return new ExportData(entity.getId(), entity.getTitle(), courseCode, courseName,
                lecturer == null ? null : lecturer.getFullName(), entity.getStartsAt(), entity.getEndsAt(),
                entity.statusAt(now).wire(), roster);
    }
}
