package org.smavs.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;

class FlagExplanationTest {

    @Test
    void aFlaggedCheckInNamesTheMostImportantReasonOnly() {
        assertThat(FlagExplanation.sentence(AttendanceStatus.FLAGGED,
                List.of(ReasonCode.LATE, ReasonCode.OUTSIDE_GEOFENCE, ReasonCode.FACE_MISMATCH)))
                .isEqualTo("Your lecturer will check this: the face did not match your photo");
        assertThat(FlagExplanation.sentence(AttendanceStatus.FLAGGED, List.of(ReasonCode.LATE, ReasonCode.NOT_ENROLLED)))
                .isEqualTo("Your lecturer will check this: you are not on this course's list");
        assertThat(FlagExplanation.sentence(AttendanceStatus.FLAGGED, List.of(ReasonCode.LATE)))
                .isEqualTo("Your lecturer will check this: you arrived after the late limit");
    }

    @Test
    void identityComesBeforeThePhoneThePlaceAndTheTime() {
        assertThat(FlagExplanation.mainReason(List.of(ReasonCode.OFFLINE_CAPTURE, ReasonCode.NEW_DEVICE,
                ReasonCode.NO_FACE))).contains(ReasonCode.NO_FACE);
        assertThat(FlagExplanation.mainReason(List.of(ReasonCode.LATE, ReasonCode.OUTSIDE_GEOFENCE,
                ReasonCode.DEVICE_SHARED))).contains(ReasonCode.DEVICE_SHARED);
    }

    @Test
    void withoutAReasonTheSentenceStillSaysWhoDecides() {
        assertThat(FlagExplanation.sentence(AttendanceStatus.FLAGGED, List.of()))
                .isEqualTo("Your lecturer will check this");
        assertThat(FlagExplanation.sentence(AttendanceStatus.REJECTED, List.of(ReasonCode.DUPLICATE_FACE_IN_SESSION)))
                .isEqualTo("Not accepted — please see your lecturer: the same face already checked in as someone else");
    }

    @Test
    void presentIsPresentAndSaysLateWhenItWas() {
        assertThat(FlagExplanation.sentence(AttendanceStatus.PRESENT, List.of())).isEqualTo("You are marked present");
        assertThat(FlagExplanation.sentence(AttendanceStatus.PRESENT, List.of(ReasonCode.LATE)))
                .isEqualTo("You are marked present, but late");
    }

    @Test
    void everyReasonCodeHasAPlaceAndAShortClause() {
        assertThat(EnumSet.copyOf(FlagExplanation.PRIORITY)).isEqualTo(EnumSet.allOf(ReasonCode.class));
        assertThat(FlagExplanation.PRIORITY).doesNotHaveDuplicates();
        for (ReasonCode reason : ReasonCode.values()) {
            // one line on the result card at 1024×768
            assertThat(FlagExplanation.sentence(AttendanceStatus.FLAGGED, List.of(reason))).hasSizeLessThan(80);
        }
    }
}
