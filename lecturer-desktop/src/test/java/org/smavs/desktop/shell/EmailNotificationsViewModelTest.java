package org.smavs.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;

class EmailNotificationsViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final EmailNotificationsViewModel model = new EmailNotificationsViewModel(backend, new DirectUiExecutor(),
            backend.me);

    @Test
    void switchingOffIsSentAndFollowsTheServersAnswer() {
        model.load();
        assertThat(model.onProperty().get()).isTrue();
        model.set(false);
        assertThat(backend.calls).containsExactly("me", "updateMe false");
        assertThat(model.onProperty().get()).isFalse();
        assertThat(model.status().infoProperty().get()).contains("password links still come");
    }

    @Test
    void aRefusedChangeIsUndoneOnScreen() {
        model.load();
        backend.failWith(0, null);
        model.set(false);
        assertThat(model.onProperty().get()).isTrue();
        assertThat(model.status().error()).startsWith("Could not switch e-mail notifications off.");
    }
}
