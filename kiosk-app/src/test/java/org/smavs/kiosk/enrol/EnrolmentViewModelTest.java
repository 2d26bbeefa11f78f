package org.smavs.kiosk.enrol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.files.OwnerOnlyFiles;
import org.smavs.kiosk.testing.DirectUiExecutor;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.MutableClock;

class EnrolmentViewModelTest {
    @TempDir
    Path dataDir;
    private final FakeKioskServer server = new FakeKioskServer(new MutableClock(Instant.parse("2026-11-25T14:00:00Z")));
    private final AtomicReference<Enrolment> enrolled = new AtomicReference<>();

    private EnrolmentViewModel model(CredentialStore store) {
        return new EnrolmentViewModel(server, store, new DirectUiExecutor(), "Kiosk B101", "", enrolled::set);
    }

    @Test
    void aValidCodeStoresTheCredentialOwnerOnlyAndOpensTheKiosk() throws Exception {
        CredentialStore store = new CredentialStore(dataDir);
        EnrolmentViewModel model = model(store);
        model.serverUrlProperty().set("smavs.test:8000");
        model.enrollmentCodeProperty().set(FakeKioskServer.CODE);
        model.enrol();

        assertThat(enrolled.get()).isNotNull();
        assertThat(enrolled.get().serverUrl()).isEqualTo(FakeKioskServer.URL);
        assertThat(store.load()).contains(enrolled.get());
        assertThat(OwnerOnlyFiles.isOwnerOnly(store.file())).isTrue();
        assertThat(enrolled.get().toString()).doesNotContain("secret-kiosk-token");
        assertThat(Files.readString(store.file())).contains("secret-kiosk-token");
    }

    @Test
    void aWrongCodeExplainsWhatToDo() {
        EnrolmentViewModel model = model(new CredentialStore(dataDir));
        model.serverUrlProperty().set(FakeKioskServer.URL);
        model.enrollmentCodeProperty().set("ZZZZZ-ZZZZZ");
        model.enrol();

        assertThat(enrolled.get()).isNull();
        assertThat(model.messageProperty().get()).contains("Unknown or expired enrolment code")
                .contains("Ask an administrator");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void aCodeIsTakenWithOrWithoutDashSpacesAndCapitals() throws Exception {
        EnrolmentViewModel model = model(new CredentialStore(dataDir));
        model.serverUrlProperty().set(FakeKioskServer.URL);
        model.enrollmentCodeProperty().set("  k7qf2 9xdmp ");
        model.enrol();

        assertThat(enrolled.get()).isNotNull();
        assertThat(EnrolmentCode.parse("K7QF29XDMP")).contains("K7QF2-9XDMP");
        assertThat(EnrolmentCode.parse("k7qf2-9xdmp")).contains("K7QF2-9XDMP");
    }

    @Test
    void somethingThatCannotBeACodeIsExplainedWithoutAskingTheServer() {
        server.setReachable(false);
        EnrolmentViewModel model = model(new CredentialStore(dataDir));
        model.serverUrlProperty().set(FakeKioskServer.URL);

        model.enrollmentCodeProperty().set("K7QF-29XD");
        model.enrol();
        assertThat(model.messageProperty().get())
                .isEqualTo("An enrolment code has 10 letters and digits, like K7QF2-9XDMP; this one has 8 characters.");

        model.enrollmentCodeProperty().set("K7QF0-9XDMP");
        model.enrol();
        assertThat(model.messageProperty().get()).startsWith("An enrolment code has no 0, 1, I, L or O.");

        model.enrollmentCodeProperty().set("K7QF2-9XD#P");
        model.enrol();
        assertThat(model.messageProperty().get()).startsWith("An enrolment code has only letters and digits");
        assertThat(enrolled.get()).isNull();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anUnreachableServerIsNamed() {
        server.setReachable(false);
        EnrolmentViewModel model = model(new CredentialStore(dataDir));
        model.serverUrlProperty().set(FakeKioskServer.URL);
        model.enrollmentCodeProperty().set(FakeKioskServer.CODE);
        model.enrol();

        assertThat(model.messageProperty().get()).startsWith("Cannot reach the server at " + FakeKioskServer.URL);
    }

    @Test
    void cannotSubmitWithoutAnAddressAndACode() {
        EnrolmentViewModel model = model(new CredentialStore(dataDir));
        assertThat(model.canSubmitBinding().get()).isFalse();
        model.serverUrlProperty().set("x");
        model.enrollmentCodeProperty().set("y");
        assertThat(model.canSubmitBinding().get()).isTrue();
    }

    @Test
    void normalisesWhatPeopleTypeAsAnAddress() {
        assertThat(EnrolmentViewModel.normalise("smavs.uni.edu:8000/")).isEqualTo("http://smavs.uni.edu:8000");
        assertThat(EnrolmentViewModel.normalise("https://smavs.uni.edu")).isEqualTo("https://smavs.uni.edu");
        assertThat(EnrolmentViewModel.normalise("ftp://x")).isNull();
        assertThat(EnrolmentViewModel.normalise("not a url")).isNull();
    }
}
