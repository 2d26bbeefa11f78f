package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.session.QrToken;

class ProjectorViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final Clock clock = Clock.fixed(Fixtures.NOW.toInstant(), ZoneOffset.UTC);
    private final ProjectorViewModel model = new ProjectorViewModel(1, backend, executor, clock);

    @Test
    void theNextTokenIsFetchedShortlyBeforeTheCurrentOneExpires() {
        backend.qr = new QrToken("token-1", Fixtures.NOW.plusSeconds(15), 15, "ABC123");

        model.start();

        assertThat(model.codeProperty().get()).isEqualTo("ABC123");
        assertThat(model.tokenProperty().get().qrToken()).isEqualTo("token-1");
        assertThat(executor.scheduledDelays()).containsExactly(Duration.ofSeconds(13));

        backend.qr = new QrToken("token-2", Fixtures.NOW.plusSeconds(30), 15, "ABC123");
        executor.runScheduled();
        assertThat(model.tokenProperty().get().qrToken()).isEqualTo("token-2");
    }

    @Test
    void aFailedRefreshKeepsTheOldCodeAndRetriesSoon() {
        backend.qr = new QrToken("token-1", Fixtures.NOW.plusSeconds(15), 15, "ABC123");
        model.start();
        backend.failWith(503, "down");

        executor.runScheduled();

        assertThat(model.tokenProperty().get().qrToken()).isEqualTo("token-1");
        assertThat(model.status().error()).contains("typed code still works");
        assertThat(executor.scheduledDelays()).containsExactly(ProjectorViewModel.RETRY_DELAY);
    }

    @Test
    void anAlreadyExpiredTokenDoesNotCauseABusyLoop() {
        assertThat(ProjectorViewModel.delayUntilRefresh(Fixtures.NOW.minusSeconds(5), Fixtures.NOW))
                .isEqualTo(ProjectorViewModel.MIN_DELAY);
    }

    @Test
    void stoppingCancelsTheTimer() {
        backend.qr = new QrToken("token-1", Fixtures.NOW.plusSeconds(15), 15, "ABC123");
        model.start();
        model.stop();
        assertThat(executor.scheduledDelays()).isEmpty();
    }
}
