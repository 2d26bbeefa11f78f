package org.smavs.server.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;

class CheckInPolicyTest {
    @Test
    void noReasonsIsPresentWithZeroRisk() {
        CheckInPolicy.Verdict verdict = CheckInPolicy.verdict(List.of());
        assertThat(verdict.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(verdict.riskScore()).isZero();
    }

    @Test
    void lateAndGraceAreShownButDoNotFlag() {
        CheckInPolicy.Verdict verdict = CheckInPolicy.verdict(List.of(ReasonCode.LATE, ReasonCode.QR_EXPIRED_GRACE));
        assertThat(verdict.status()).isEqualTo(AttendanceStatus.PRESENT);
        assertThat(verdict.flags()).containsExactly(ReasonCode.LATE, ReasonCode.QR_EXPIRED_GRACE);
        assertThat(verdict.riskScore()).isEqualTo(10);
    }

    @Test
    void doubtfulReasonsFlagAndTheScoreIsTheirCappedSum() {
        CheckInPolicy.Verdict verdict = CheckInPolicy.verdict(List.of(ReasonCode.OUTSIDE_GEOFENCE,
                ReasonCode.DEVICE_MISMATCH, ReasonCode.OUTSIDE_GEOFENCE));
        assertThat(verdict.status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(verdict.flags()).containsExactly(ReasonCode.OUTSIDE_GEOFENCE, ReasonCode.DEVICE_MISMATCH);
        assertThat(verdict.riskScore()).isEqualTo(75);
        assertThat(RiskScorer.score(List.of(ReasonCode.FACE_MISMATCH, ReasonCode.DUPLICATE_FACE_IN_SESSION)))
                .isEqualTo(100);
    }

    @Test
    void aDuplicateFaceFlagsAnEarlierPresentRecordButKeepsAReviewersRejection() {
        assertThat(CheckInPolicy.withExtraReason(AttendanceStatus.PRESENT, List.of(),
                ReasonCode.DUPLICATE_FACE_IN_SESSION).status()).isEqualTo(AttendanceStatus.FLAGGED);
        assertThat(CheckInPolicy.withExtraReason(AttendanceStatus.REJECTED, List.of(),
                ReasonCode.DUPLICATE_FACE_IN_SESSION).status()).isEqualTo(AttendanceStatus.REJECTED);
    }

    @Test
    void lateMeansMoreThanFifteenMinutesAfterTheStart() {
        Instant start = Instant.parse("2026-11-25T14:00:00Z");
        assertThat(CheckInPolicy.isLate(start, start.plusSeconds(15 * 60), java.time.Duration.ofMinutes(15))).isFalse();
        assertThat(CheckInPolicy.isLate(start, start.plusSeconds(15 * 60 + 1), java.time.Duration.ofMinutes(15))).isTrue();
    }
}
