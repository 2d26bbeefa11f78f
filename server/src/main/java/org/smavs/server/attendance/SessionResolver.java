package org.smavs.server.attendance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.error.ErrorCodes;
import org.smavs.model.session.SessionStatus;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ValidationException;
import org.smavs.server.session.QrTokens;
import org.smavs.server.session.SessionEntity;
import org.smavs.server.session.SessionRepository;
import org.smavs.server.session.SessionRules;
import org.smavs.server.session.SessionStatusPolicy;

/**
 * The session-secret layer: finds the session a submission names and refuses (422, no record) a wrong or
 * expired code or token and a session that is not running. A QR token in its grace window passes with
 * {@code QR_EXPIRED_GRACE}.
 */
public final class SessionResolver {
    public static final String SESSION_NOT_STARTED = "SESSION_NOT_STARTED";

    /** The session a submission is for, and what the secret layer noticed. */
    public record Target(SessionEntity session, List<ReasonCode> flags) {
    }

    private final SessionRepository sessions;
    private final QrTokens qrTokens;

    public SessionResolver(SessionRepository sessions, QrTokens qrTokens) {
        this.sessions = sessions;
        this.qrTokens = qrTokens;
    }

    public Target resolve(Session session, SubmissionForm form, Instant now) {
        String token = tokenOf(form);
        if (token != null) {
            return byToken(session, token, now);
        }
        if (form.sessionCode() == null || form.sessionCode().isBlank()) {
            throw ValidationException.field("session_code", "session_code or qr_token is required");
        }
        String code = SessionRules.normaliseCode(form.sessionCode());
        SessionEntity target = sessions.findOpenByCode(session, code, now);
        if (target == null) {
            throw new RuleViolationException(ErrorCodes.INVALID_SESSION_CODE,
                    "No running session has this code; check it on the screen, it may have been regenerated");
        }
        return new Target(requireRunning(target, now), new ArrayList<>());
    }

    private Target byToken(Session session, String token, Instant now) {
        Long sessionId = QrTokens.sessionIdOf(token);
        SessionEntity target = sessionId == null ? null : session.find(SessionEntity.class, sessionId);
        if (target == null) {
            throw new RuleViolationException(ErrorCodes.INVALID_SESSION_CODE, "This QR code is not a SMAVS session code");
        }
        List<ReasonCode> flags = new ArrayList<>();
        switch (qrTokens.verify(token, target.getId(), target.getQrSecret(), now)) {
            case VALID -> { }
            case IN_GRACE -> flags.add(ReasonCode.QR_EXPIRED_GRACE);
            case EXPIRED -> throw new RuleViolationException(ErrorCodes.QR_EXPIRED,
                    "This QR code has expired; scan the one on the screen now");
            default -> throw new RuleViolationException(ErrorCodes.INVALID_SESSION_CODE,
                    "This QR code is not valid for this session (it may have been regenerated)");
        }
        return new Target(requireRunning(target, now), flags);
    }

    static SessionEntity requireRunning(SessionEntity target, Instant now) {
        SessionStatus status = target.statusAt(now);
        if (status == SessionStatus.CANCELLED) {
            throw new RuleViolationException(ErrorCodes.SESSION_CLOSED, "This session was cancelled");
        }
        if (SessionStatusPolicy.hasEnded(status)) {
            throw new RuleViolationException(ErrorCodes.SESSION_CLOSED, "This session has ended");
        }
        if (status == SessionStatus.SCHEDULED) {
            throw new RuleViolationException(SESSION_NOT_STARTED, "This session has not started yet");
        }
        return target;
    }

    private static String tokenOf(SubmissionForm form) {
        if (form.qrToken() != null && !form.qrToken().isBlank()) {
            return form.qrToken().trim();
        }
        boolean hasId = form.qrSessionId() != null && !form.qrSessionId().isBlank();
        boolean hasNonce = form.qrNonce() != null && !form.qrNonce().isBlank();
        if (hasId != hasNonce) {
            throw ValidationException.field(hasId ? "qr_nonce" : "qr_session_id",
                    "qr_session_id and qr_nonce go together");
        }
        if (!hasId) {
            return null;
        }
        String joined = QrTokens.join(form.qrSessionId(), form.qrNonce());
        if (joined == null) {
            throw new RuleViolationException(ErrorCodes.INVALID_SESSION_CODE, "qr_nonce belongs to another session");
        }
        return joined;
    }
}
