package org.smavs.server.excuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.IntSupplier;
import org.hibernate.Session;
import org.smavs.server.course.CourseStaff;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.excuse.Excuse;
import org.smavs.model.excuse.ExcuseStatus;
import org.smavs.server.attendance.AttendanceRecordEntity;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.error.ConflictException;
import org.smavs.server.error.NotFoundException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.identity.Actor;
import org.smavs.server.persistence.Database;
import org.smavs.server.persistence.UniqueViolations;
import org.smavs.server.session.SessionAccess;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.storage.BlobStore;
import org.smavs.server.upload.ImageUploads;
import org.smavs.server.mail.Mailer;
import org.smavs.server.mail.Outbox;
import org.smavs.server.web.HtmlPage;

/**
 * Excused absences: a student explains an absence from one session of theirs (once per session), with optional
 * evidence checked by content; the session's lecturer (or an admin) approves or rejects it once, with a note;
 * approval makes the student's record for that session {@code excused} (created when there was none), and the student
 * is told by mail either way. Evidence is removed once the selfie retention period has passed after the decision.
 */
public final class ExcuseService {
    private static final String SELECT = "SELECT x.id, x.session_id, x.student_id, x.reason, x.evidence_key, x.status, "
            + "x.decided_by, x.decided_at, x.note, x.created_at, u.full_name, s.title FROM excuses x "
            + "JOIN users u ON u.id = x.student_id JOIN attendance_sessions s ON s.id = x.session_id ";

    private final Database database;
    private final BlobStore blobs;
    private final ImageUploads images;
    private final long maxEvidenceBytes;
    private final SessionAccess access;
    private final AuditLog audit;
    private final IntSupplier retentionDays;
    private final Clock clock;
    private final Outbox outbox;
    private final String institution;

    /** {@code outbox}: the student hears of the decision by mail (in the background, retried). */
    public ExcuseService(Database database, BlobStore blobs, ImageUploads images, long maxEvidenceBytes,
                         SessionAccess access, AuditLog audit, IntSupplier retentionDays, Clock clock, Outbox outbox,
                         String institution) {
        this.outbox = outbox;
        this.institution = institution;
        this.database = database;
        this.blobs = blobs;
        this.images = images;
        this.maxEvidenceBytes = maxEvidenceBytes;
        this.access = access;
        this.audit = audit;
        this.retentionDays = retentionDays;
        this.clock = clock;
    }

    public Excuse submit(Actor student, Long sessionId, String reason, byte[] evidence) {
        if (sessionId == null) {
            throw ValidationException.field("session_id", "is required");
        }
        if (reason == null || reason.strip().length() < 3 || reason.length() > 1000) {
            throw ValidationException.field("reason", "must be 3 to 1000 characters");
        }
        String evidenceType = evidence == null ? null
                : ExcuseEvidence.contentTypeOf(evidence, maxEvidenceBytes, images);
        Instant now = clock.instant();
        long id;
        try {
            id = database.inTransaction(session -> {
                SessionEntity target = session.find(SessionEntity.class, sessionId);
                if (target == null || !belongsTo(session, target, student.userId())) {
                    throw new NotFoundException("No session of yours with id " + sessionId);
                }
                session.createNativeMutationQuery("INSERT INTO excuses (session_id, student_id, reason, "
                                + "evidence_type, status, created_at) VALUES (:session, :student, :reason, :type, "
                                + "'PENDING', :now)")
                        .setParameter("session", sessionId).setParameter("student", student.userId())
                        .setParameter("reason", reason.strip()).setParameter("type", evidenceType)
                        .setParameter("now", now).executeUpdate();
                long created = session.createNativeQuery("SELECT id FROM excuses WHERE session_id = :session AND "
                                + "student_id = :student", Long.class).setParameter("session", sessionId)
                        .setParameter("student", student.userId()).getSingleResult();
                if (evidence != null) {
                    String key = "excuses/" + created;
                    blobs.put(key, evidence, evidenceType);
                    session.createNativeMutationQuery("UPDATE excuses SET evidence_key = :key WHERE id = :id")
                            .setParameter("key", key).setParameter("id", created).executeUpdate();
                }
                audit.record(session, student, "excuse.submitted", "excuse", created, "session " + sessionId
                        + (evidence == null ? "" : ", with evidence"));
                return created;
            });
        } catch (RuntimeException e) {
            if (UniqueViolations.isViolationOf(e, "uq_excuses_session_student")) {
                throw new ConflictException("You have already sent an excuse for this session");
            }
            throw e;
        }
        return find(id);
    }

    public List<Excuse> mine(Actor student) {
        return database.inTransaction(session -> rows(session, SELECT + "WHERE x.student_id = :me ORDER BY x.created_at "
                + "DESC, x.id DESC", "me", student.userId()));
    }

    /** The caller's queue (an admin: everyone's), oldest first; {@code status} null or "all" for every status. */
    public List<Excuse> queue(Actor lecturer, String status) {
        ExcuseStatus wanted = status == null || status.isBlank() ? ExcuseStatus.PENDING
                : "all".equalsIgnoreCase(status) ? null : parseStatus(status);
        // a teaching assistant does not decide excuses, so their queue holds only sessions they created
        String where = (lecturer.isAdmin() ? "WHERE 1 = 1 " : "WHERE (s.lecturer_id = :staff OR "
                + CourseStaff.lectures("s.course_id") + ") ")
                + (wanted == null ? "" : "AND x.status = '" + wanted.name() + "' ");
        return database.inTransaction(session -> rows(session, SELECT + where + "ORDER BY x.created_at, x.id",
                lecturer.isAdmin() ? null : "staff", lecturer.userId()));
    }

    /** The evidence file, for the session's lecturer, an admin, or the student who sent it. */
    public Evidence evidence(Actor actor, long excuseId) {
        Object[] row = database.inTransaction(session -> {
            Object[] found = session.createNativeQuery("SELECT x.session_id, x.student_id, x.evidence_key, "
                    + "x.evidence_type FROM excuses x WHERE x.id = :id", Object[].class).setParameter("id", excuseId)
                    .getSingleResultOrNull();
            if (found == null) {
                throw new NotFoundException("No excuse with id " + excuseId);
            }
            boolean own = actor.userId() != null && actor.userId() == ((Number) found[1]).longValue();
            if (!own) {
                access.requireVisible(session, ((Number) found[0]).longValue(), actor);
            }
            return found;
        });
        if (row[2] == null) {
            throw new NotFoundException("This excuse has no evidence (or it was removed after the retention period)");
        }
        return new Evidence(blobs.get((String) row[2]), (String) row[3]);
    }

    public record Evidence(byte[] data, String contentType) {
    }

    /** Approve or reject once; approval makes the record {@code excused}. 409 when it was already decided. */
    public Excuse decide(Actor lecturer, long excuseId, String decision, String note) {
        boolean approve = "approve".equals(decision);
        if (!approve && !"reject".equals(decision)) {
            throw ValidationException.field("decision", "must be approve or reject");
        }
        if (!approve && (note == null || note.isBlank())) {
            throw ValidationException.field("note", "is required to reject an excuse (the student reads it)");
        }
        if (note != null && note.length() > 1000) {
            throw ValidationException.field("note", "must be at most 1000 characters");
        }
        Instant now = clock.instant();
        database.run(session -> {
            Object[] row = session.createNativeQuery("SELECT session_id, student_id FROM excuses WHERE id = :id",
                    Object[].class).setParameter("id", excuseId).getSingleResultOrNull();
            if (row == null) {
                throw new NotFoundException("No excuse with id " + excuseId);
            }
            long sessionId = ((Number) row[0]).longValue();
            long studentId = ((Number) row[1]).longValue();
            access.requireManaged(session, sessionId, lecturer); // the course's lecturers decide, not its assistants
            int decided = session.createNativeMutationQuery("UPDATE excuses SET status = :status, decided_by = :by, "
                            + "decided_at = :now, note = :note WHERE id = :id AND status = 'PENDING'")
                    .setParameter("status", approve ? "APPROVED" : "REJECTED").setParameter("by", lecturer.userId())
                    .setParameter("now", now).setParameter("note", note == null ? null : note.strip())
                    .setParameter("id", excuseId).executeUpdate();
            if (decided != 1) {
                throw new ConflictException("NOT_PENDING", "This excuse was already decided");
            }
            if (approve) {
                AttendanceRecordEntity record = session.createSelectionQuery("from AttendanceRecordEntity r where "
                                + "r.sessionId = :s and r.studentId = :u", AttendanceRecordEntity.class)
                        .setParameter("s", sessionId).setParameter("u", studentId).getSingleResultOrNull();
                if (record == null) {
                    record = new AttendanceRecordEntity(sessionId, studentId, AttendanceSource.MANUAL, now);
                    session.persist(record);
                }
                record.review(AttendanceStatus.EXCUSED, lecturer.userId(), "Excused: " + (note == null ? "approved"
                        : note.strip()), now);
            }
            audit.record(session, lecturer, approve ? "excuse.approved" : "excuse.rejected", "excuse", excuseId,
                    "session " + sessionId + ", student " + studentId);
        });
        Excuse decided = find(excuseId);
        // nothing for a deactivated account or a student who switched notification mails off
        String email = database.inTransaction(session -> session.createNativeQuery("SELECT email FROM users WHERE id = "
                        + ":id AND is_active = TRUE AND email_notifications = TRUE", String.class)
                .setParameter("id", decided.studentId()).getSingleResultOrNull());
        if (email != null) {
            outbox.send(decisionMail(email, decided, approve));
        }
        return decided;
    }

    /** The student's mail about the decision, in plain text and HTML, with the lecturer's note. */
    private Mailer.Mail decisionMail(String email, Excuse excuse, boolean approved) {
        String outcome = approved ? "approved: the session counts as excused" : "not accepted";
        String subject = "Your excuse for " + excuse.sessionTitle() + " was " + (approved ? "approved" : "not accepted");
        String note = excuse.note() == null ? "" : "\nYour lecturer wrote: " + excuse.note() + "\n";
        String text = "Hello " + excuse.studentName() + ",\n\nyour excuse for " + excuse.sessionTitle() + " (\""
                + excuse.reason() + "\") was " + outcome + ".\n" + note + "\nSMAVS, " + institution + "\n";
        String html = "<p>Hello " + HtmlPage.escape(excuse.studentName()) + ",</p><p>your excuse for "
                + HtmlPage.escape(excuse.sessionTitle()) + " (&ldquo;" + HtmlPage.escape(excuse.reason()) + "&rdquo;) was "
                + HtmlPage.escape(outcome) + ".</p>" + (excuse.note() == null ? "" : "<p>Your lecturer wrote: "
                + HtmlPage.escape(excuse.note()) + "</p>") + "<p>SMAVS, " + HtmlPage.escape(institution) + "</p>";
        return new Mailer.Mail(email, subject, text, html);
    }

    /** Evidence of excuses decided longer ago than the selfie retention period: deleted. */
    public int purgeOldEvidence() {
        Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays.getAsInt()));
        List<Object[]> old = database.inTransaction(session -> session.createNativeQuery("SELECT id, evidence_key "
                        + "FROM excuses WHERE evidence_key IS NOT NULL AND decided_at < :cutoff", Object[].class)
                .setParameter("cutoff", cutoff).getResultList());
        for (Object[] row : old) {
            blobs.delete((String) row[1]);
            database.run(session -> session.createNativeMutationQuery("UPDATE excuses SET evidence_key = NULL WHERE "
                    + "id = :id").setParameter("id", ((Number) row[0]).longValue()).executeUpdate());
        }
        return old.size();
    }

    private Excuse find(long id) {
        return database.inTransaction(session -> rows(session, SELECT + "WHERE x.id = :id", "id", id)).get(0);
    }

    /** A student may excuse a session of a course they are enrolled in, or one where they have a record. */
    private static boolean belongsTo(Session session, SessionEntity target, long studentId) {
        long enrolled = target.getCourseId() == null ? 0 : session.createNativeQuery("SELECT COUNT(*) FROM "
                        + "course_enrolments WHERE course_id = :c AND student_id = :u", Long.class)
                .setParameter("c", target.getCourseId()).setParameter("u", studentId).getSingleResult();
        long records = session.createNativeQuery("SELECT COUNT(*) FROM attendance_records WHERE session_id = :s AND "
                        + "student_id = :u", Long.class).setParameter("s", target.getId()).setParameter("u", studentId)
                .getSingleResult();
        return enrolled + records > 0;
    }

    private static ExcuseStatus parseStatus(String status) {
        try {
            return ExcuseStatus.fromWire(status);
        } catch (IllegalArgumentException e) {
            throw ValidationException.field("status", "must be pending, approved, rejected or all");
        }
    }

    private static List<Excuse> rows(Session session, String sql, String parameter, Object value) {
        var query = session.createNativeQuery(sql, Object[].class);
        if (parameter != null) {
            query.setParameter(parameter, value);
        }
        return query.getResultList().stream().map(row -> new Excuse(((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), (String) row[3], row[4] != null,
                ExcuseStatus.valueOf((String) row[5]), row[6] == null ? null : ((Number) row[6]).longValue(),
                instant(row[7]), (String) row[8], instant(row[9]), (String) row[10], (String) row[11])).toList();
    }

    private static java.time.OffsetDateTime instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Unexpected time value " + value.getClass());
    }
}
