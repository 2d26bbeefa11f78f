package org.smavs.desktop.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.admin.AuditVerification;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.ImportLineError;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.ResetRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

class AdminViewModelsTest {
    private final FakeBackend backend = new FakeBackend();
    private final DirectUiExecutor executor = new DirectUiExecutor();

    @Test
    void approvingAResetRemovesItFromThePendingList() {
        backend.resets.add(new ResetRequest(4, 9, "s@x.edu", "Sam", "old", "new", "pending", Fixtures.NOW, null, null));
        backend.resets.add(new ResetRequest(5, 9, "t@x.edu", "Tim", "old", "new", "approved", Fixtures.NOW, null, null));
        ResetRequestsViewModel model = new ResetRequestsViewModel(backend, executor);
        model.load();
        assertThat(model.requests()).extracting(ResetRequest::id).containsExactly(4L);

        model.selectedProperty().set(model.requests().get(0));
        model.approve();

        assertThat(backend.calls).contains("approve 4");
        assertThat(model.requests()).isEmpty();
        assertThat(model.status().infoProperty().get()).contains("s@x.edu");
    }

    @Test
    void denyingAResetNeedsANote() {
        backend.resets.add(new ResetRequest(4, 9, "s@x.edu", "Sam", "old", "new", "pending", Fixtures.NOW, null, null));
        ResetRequestsViewModel model = new ResetRequestsViewModel(backend, executor);
        model.load();
        model.selectedProperty().set(model.requests().get(0));

        model.deny();
        assertThat(model.status().error()).contains("note");

        model.noteProperty().set("not the student's phone");
        model.deny();
        assertThat(backend.calls).contains("deny 4 not the student's phone");
    }

    @Test
    void theAuditVerdictSaysWhetherTheChainHolds() {
        backend.verification = new AuditVerification(true, 120, null);
        AuditViewModel model = new AuditViewModel(backend, executor);
        model.verifyChain();
        assertThat(model.verdictProperty().get()).startsWith("Chain intact: all 120 events verified");

        backend.verification = new AuditVerification(false, 57, 57L);
        model.verifyChain();
        assertThat(model.verdictProperty().get()).startsWith("Chain BROKEN at event #57");
    }

    @Test
    void settingsOutOfRangeAreRefusedBeforeSending() {
        SettingsViewModel model = new SettingsViewModel(backend, executor);
        model.load();
        assertThat(model.faceThresholdProperty().get()).isEqualTo("0.50");

        model.faceThresholdProperty().set("1.7");
        model.save();
        assertThat(model.status().error()).isEqualTo("Face threshold must be a number from 0 to 1.");
        assertThat(backend.calls).doesNotContain("updateSettings");

        model.faceThresholdProperty().set("0,62");
        model.qrStepSecondsProperty().set("20");
        model.save();
        assertThat(backend.settings.faceThreshold()).isEqualTo(0.62);
        assertThat(backend.settings.qrStepSeconds()).isEqualTo(20);
    }

    @Test
    void usersCanBeSearchedAndDeactivated() {
        backend.users.add(Fixtures.user(1, "ada@x.edu", Role.STUDENT));
        backend.users.add(Fixtures.user(2, "bob@x.edu", Role.LECTURER));
        UsersViewModel model = new UsersViewModel(backend, executor);
        model.load();

        model.searchProperty().set("lecturer");
        assertThat(model.visibleUsers()).extracting(User::id).containsExactly(2L);

        model.selectedProperty().set(model.visibleUsers().get(0));
        model.setActive(false);
        assertThat(model.selectedProperty().get().isActive()).isFalse();
    }

    @Test
    void anImportRunsOnTheServerAndIsFollowedWithProgressUntilItsReportArrives(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("students.csv");
        Files.writeString(file, "email,full_name\nada@x.edu,Ada\nbob@x.edu,Bob\n");
        ImportResult report = new ImportResult(2, 0, 0, List.of());
        backend.importJobs.addAll(List.of(job("running", 0, null), job("running", 1, null), job("done", 2, report)));
        UsersViewModel model = new UsersViewModel(backend, executor);

        model.importCsv(file);
        assertThat(backend.calls).contains("import 3");
        assertThat(model.runningImportProperty().get().processedLines()).isZero();
        executor.runScheduled();
        assertThat(UsersViewModel.progressText(model.runningImportProperty().get()))
                .isEqualTo("Importing students: 1 of 2 lines");
        assertThat(UsersViewModel.progressOf(model.runningImportProperty().get())).isEqualTo(0.5);
        executor.runScheduled();
        assertThat(model.runningImportProperty().get()).isNull();
        assertThat(model.lastImportProperty().get()).isEqualTo(report);
        assertThat(model.status().infoProperty().get()).startsWith("Import: 2 created");
    }

    @Test
    void anImportCutOffOnTheServerSaysHowFarItGot() throws Exception {
        Path file = Files.createTempFile("students", ".csv");
        Files.writeString(file, "email,full_name\nada@x.edu,Ada\n");
        backend.importJobs.add(new ImportJob(9, ImportJob.FAILED, 2, 1, null, "The server restarted; the first 1 lines "
                + "were imported.", OffsetDateTime.now(), OffsetDateTime.now()));
        UsersViewModel model = new UsersViewModel(backend, executor);
        model.importCsv(file);
        assertThat(model.runningImportProperty().get()).isNull();
        assertThat(model.status().errorProperty().get()).contains("first 1 lines were imported");
        Files.delete(file);
    }

    private static ImportJob job(String status, int processed, ImportResult result) {
        return new ImportJob(7, status, 2, processed, result, null, OffsetDateTime.now(),
                result == null ? null : OffsetDateTime.now());
    }

    @Test
    void anAdminMailsASelectedUserALinkToSetAPassword() {
        backend.users.add(Fixtures.user(5, "ivy@x.edu", Role.STUDENT));
        UsersViewModel model = new UsersViewModel(backend, executor);
        model.load();
        model.sendPasswordLink();
        assertThat(backend.calls).doesNotContain("reset link 5");
        model.selectedProperty().set(model.visibleUsers().get(0));
        model.sendPasswordLink();
        assertThat(backend.calls).contains("reset link 5");
        assertThat(model.status().infoProperty().get()).contains("ivy@x.edu", "30 minutes");
    }

    @Test
    void aStudentsKioskPinIsSetAndThePinFormSaysWhatIsWrong() {
        backend.users.add(Fixtures.user(6, "pia@x.edu", Role.STUDENT));
        UsersViewModel model = new UsersViewModel(backend, executor);
        model.load();
        model.selectedProperty().set(model.visibleUsers().get(0));
        model.setPin("2468");
        assertThat(model.status().infoProperty().get()).contains("pia@x.edu", "kiosk PIN");
        assertThat(AdminDialogs.pinProblem("12", "12")).contains("4 to 8 digits");
        assertThat(AdminDialogs.pinProblem("1234", "1243")).contains("differ");
        assertThat(AdminDialogs.pinProblem("123456", "123456")).isNull();
    }

    @Test
    void aKioskGetsANewEnrolmentCode() {
        backend.kioskList.add(new org.smavs.model.admin.Kiosk(4, "Hall kiosk", 1, "active", Fixtures.NOW, null));
        RoomsKiosksViewModel model = new RoomsKiosksViewModel(backend, executor);
        model.load();
        model.selectedKioskProperty().set(model.kiosks().get(0));
        model.reissueSelected();
        assertThat(backend.calls).contains("reissue 4");
        assertThat(model.status().infoProperty().get()).contains("NEWCODE1", "Hall kiosk");
        assertThat(model.kiosks().get(0).status()).isEqualTo("pending");
    }

    @Test
    void theImportSummaryCountsLinesWithErrors() {
        ImportResult result = new ImportResult(3, 2, 1, List.of(new ImportLineError(4, "bad email")));
        assertThat(UsersViewModel.summary(result))
                .isEqualTo("Import: 3 created, 2 enrolled, 1 skipped, 1 lines with errors.");
    }

    @Test
    void hourBucketsFromTheServerAreShownInTimeOrderInLocalTime() {
        Map<String, Long> hourly = AnalyticsViewModel.hourly(Map.of("2026-11-25T16:00Z", 4L, "2026-11-24T23:00Z", 1L,
                "2026-11-25T09:00Z", 2L), java.time.ZoneOffset.ofHours(1));
        assertThat(hourly).containsExactly(Map.entry("00:00", 1L), Map.entry("10:00", 2L), Map.entry("17:00", 4L));
    }

    @Test
    void plainHourOfDayKeysAreZeroFilled() {
        Map<String, Long> hourly = AnalyticsViewModel.hourly(Map.of("9", 4L, "09:00", 1L, "23", 2L, "x", 8L),
                java.time.ZoneOffset.UTC);
        assertThat(hourly).hasSize(24);
        assertThat(hourly.get("09:00")).isEqualTo(5L);
        assertThat(hourly.get("23:00")).isEqualTo(2L);
        assertThat(hourly.get("00:00")).isZero();
    }

    @Test
    void anEditedRoomReplacesTheOldOneAndSaysWhatItChanges() {
        backend.roomList.add(new org.smavs.model.admin.Room(4, "LT-2", "Main", 51.75, -1.25, 60));
        RoomsKiosksViewModel model = new RoomsKiosksViewModel(backend, executor);
        model.load();
        model.selectedRoomProperty().set(model.rooms().get(0));
        model.updateSelectedRoom(new org.smavs.model.admin.UpdateRoomRequest("LT-2a", "Main", 51.75, -1.25, 80.0));
        assertThat(backend.calls).contains("updateRoom 4 LT-2a 80.0");
        assertThat(model.rooms()).extracting(org.smavs.model.admin.Room::name).containsExactly("LT-2a");
        assertThat(model.selectedRoomProperty().get().radiusM()).isEqualTo(80.0);
        assertThat(model.status().infoProperty().get()).contains("Sessions created from now on use its new area");
    }
}
