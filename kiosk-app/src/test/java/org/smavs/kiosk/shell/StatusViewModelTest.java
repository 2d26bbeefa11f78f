package org.smavs.kiosk.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smavs.kiosk.queue.RefusedCheckIn;

class StatusViewModelTest {
    private final StatusViewModel status = new StatusViewModel(ZoneId.of("Europe/Berlin"));

    private static RefusedCheckIn refused(String key, String number, String code, String reason) {
        return new RefusedCheckIn(key, OffsetDateTime.parse("2026-11-25T14:03:00Z"), number, 42, code, reason);
    }

    @Test
    void refusedOfflineCheckInsAreCountedForStaffAcrossSyncRounds() {
        assertThat(status.refusedTextProperty().get()).isEmpty();

        status.offlineRefused(List.of(refused("k1", "S1001", "IDENTIFICATION_FAILED", "Student number or PIN is not right")));
        assertThat(status.refusedTextProperty().get()).isEqualTo("1 offline check-in was refused — ask the lecturer");

        status.offlineRefused(List.of(refused("k2", null, "SESSION_CLOSED", "")));
        assertThat(status.refusedTextProperty().get()).isEqualTo("2 offline check-ins were refused — ask the lecturer");
        assertThat(status.refusedDetails()).containsExactly(
                "15:03, student number + PIN: Student number or PIN is not right", "15:03, phone pass: SESSION_CLOSED")
                .noneMatch(line -> line.contains("S1001"));
    }

    @Test
    void aStudentWhoWasAlreadyCheckedInIsNotReportedAsLost() {
        status.offlineRefused(List.of(refused("k1", "S1001", "ALREADY_SUBMITTED", "already checked in")));

        assertThat(status.refusedTextProperty().get()).isEmpty();
        assertThat(status.refusedDetails()).isEmpty();
    }

    @Test
    void queuedCheckInsAreNotCalledSaved() {
        status.serverUnreachable();
        status.queuedProperty().set(1);
        assertThat(status.connectionTextProperty().get()).isEqualTo("Offline · 1 check-in waits for the server");
        status.queuedProperty().set(3);
        assertThat(status.connectionTextProperty().get()).isEqualTo("Offline · 3 check-ins wait for the server");
    }
}
