package org.smavs.server.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;

/**
 * Turns the reason codes of all layers into one verdict. Every reason is kept and scored, but only doubtful
 * ones make a record {@code flagged}: being a few minutes late, or scanning a QR code in its grace window,
 * is worth showing the lecturer, not worth a review.
 */
public final class CheckInPolicy {
    private static final Set<ReasonCode> INFORMATIONAL = EnumSet.of(ReasonCode.LATE, ReasonCode.QR_EXPIRED_GRACE);

    public record Verdict(AttendanceStatus status, List<ReasonCode> flags, int riskScore) {
    }

    private CheckInPolicy() {
    }

    public static Verdict verdict(Collection<ReasonCode> reasons) {
        List<ReasonCode> flags = new ArrayList<>(new LinkedHashSet<>(reasons));
        boolean doubtful = flags.stream().anyMatch(flag -> !INFORMATIONAL.contains(flag));
        return new Verdict(doubtful ? AttendanceStatus.FLAGGED : AttendanceStatus.PRESENT, flags,
                RiskScorer.score(flags));
    }

    /** The course's own "late" rule when it has one, else the institution's. */
    public static Duration lateAfter(Integer courseMinutes, Duration institution) {
        return courseMinutes == null ? institution : Duration.ofMinutes(courseMinutes);
    }

    /** {@code lateAfter}: the course's or the institution's rule ({@link #lateAfter(Integer, Duration)}). */
    public static boolean isLate(Instant startsAt, Instant submittedAt, Duration lateAfter) {
        return submittedAt.isAfter(startsAt.plus(lateAfter));
    }

    /** Adding a reason to a record that may already have been reviewed: a present record becomes flagged. */
    public static Verdict withExtraReason(AttendanceStatus current, List<ReasonCode> flags, ReasonCode extra) {
        List<ReasonCode> all = new ArrayList<>(flags);
        if (!all.contains(extra)) {
            all.add(extra);
        }
        AttendanceStatus status = current == AttendanceStatus.PRESENT && !INFORMATIONAL.contains(extra)
                ? AttendanceStatus.FLAGGED : current;
        return new Verdict(status, all, RiskScorer.score(all));
    }
}
