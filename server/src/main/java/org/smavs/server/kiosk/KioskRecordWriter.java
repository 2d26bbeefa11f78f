package org.smavs.server.kiosk;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceSource;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.server.attendance.AttendanceMapper;
import org.smavs.server.attendance.AttendanceRecordEntity;
import org.smavs.server.attendance.CheckInPolicy;
import org.smavs.server.attendance.DuplicateFaceCheck;
import org.smavs.server.attendance.FaceLayer;
import org.smavs.server.audit.AuditLog;
import org.smavs.server.auth.Actor;
import org.smavs.server.live.LiveEvents;
import org.smavs.server.session.SessionEntity;

/**
 * Turns the evidence of a kiosk check-in into an attendance record. The kiosk stands in the session's
 * room, so the location layer passes by construction (distance 0); device, face and challenge evidence
 * come from the kiosk flow.
 */
public final class KioskRecordWriter {
    private final DuplicateFaceCheck duplicates;
    private final AttendanceMapper mapper;
    private final AuditLog audit;

    public KioskRecordWriter(DuplicateFaceCheck duplicates, AttendanceMapper mapper, AuditLog audit) {
        this.duplicates = duplicates;
        this.mapper = mapper;
        this.audit = audit;
    }

    /** What the writer needs to know about one kiosk check-in. */
    public record Evidence(SessionEntity session, long studentId, long kioskId, String deviceId,
                           FaceLayer.FaceEvidence face, String selfieKey, Instant capturedAt, boolean offline) {
    }

    /** The stored record, and other records re-flagged because they show the same face. */
    public record Written(AttendanceRecord record, List<AttendanceRecord> reflagged) {
        public void publish(LiveEvents live) {
            live.publish(record.sessionId(), new LiveEvent("record", record, null));
            reflagged.forEach(other -> live.publish(other.sessionId(), new LiveEvent("flag", other, null)));
        }
    }

    /** The record a completed check-in produced, for a kiosk that retries after losing the answer. */
    public AttendanceRecord existing(Session session, long sessionId, long studentId) {
        AttendanceRecordEntity record = session.createSelectionQuery(
                        "from AttendanceRecordEntity r where r.sessionId = :session and r.studentId = :student",
                        AttendanceRecordEntity.class)
                .setParameter("session", sessionId).setParameter("student", studentId).getSingleResultOrNull();
        return record == null ? null : mapper.toModelWithStudent(session, record);
    }

    /** Persists within the caller's transaction; a second record for the student fails on the unique constraint. */
    public Written write(Session session, Evidence evidence, Instant now, Actor actor) {
        List<ReasonCode> reasons = new ArrayList<>();
        float[] embedding = null;
        if (evidence.face() != null) {
            reasons.addAll(evidence.face().flags());
            embedding = evidence.face().embedding();
        }
        if (evidence.offline()) {
            reasons.add(ReasonCode.OFFLINE_CAPTURE);
        }
        if (CheckInPolicy.isLate(evidence.session().getStartsAt(), evidence.capturedAt())) {
            reasons.add(ReasonCode.LATE);
        }
        List<AttendanceRecordEntity> sameFace = duplicates.matches(session, evidence.session().getId(), evidence.studentId(),
                embedding);
        if (!sameFace.isEmpty()) {
            reasons.add(ReasonCode.DUPLICATE_FACE_IN_SESSION);
        }
        CheckInPolicy.Verdict verdict = CheckInPolicy.verdict(reasons);
        AttendanceRecordEntity record = new AttendanceRecordEntity(evidence.session().getId(), evidence.studentId(),
                AttendanceSource.KIOSK, now);
        record.setVerdict(verdict.status(), verdict.flags(), verdict.riskScore());
        record.setLocation(0.0, true, null, null, null);
        record.setFace(evidence.face() == null ? null : evidence.face().similarity(),
                evidence.face() == null ? null : evidence.face().livenessScore(), duplicates.seal(embedding));
        record.setEvidence(evidence.deviceId(), evidence.kioskId(), evidence.selfieKey(), null, evidence.capturedAt());
        session.persist(record);
        session.flush();

        List<AttendanceRecord> reflagged = new ArrayList<>();
        for (AttendanceRecordEntity other : sameFace) {
            CheckInPolicy.Verdict updated = CheckInPolicy.withExtraReason(other.getStatus(), other.flagList(),
                    ReasonCode.DUPLICATE_FACE_IN_SESSION);
            other.setVerdict(updated.status(), updated.flags(), updated.riskScore());
            reflagged.add(mapper.toModelWithStudent(session, other));
        }
        audit.record(session, actor, evidence.offline() ? "attendance.kiosk_offline" : "attendance.kiosk", "attendance_record",
                record.getId(), "session=" + evidence.session().getId() + ", student=" + evidence.studentId()
                        + ", status=" + verdict.status().wire() + ", flags=" + verdict.flags());
        return new Written(mapper.toModelWithStudent(session, record), reflagged);
    }
}
