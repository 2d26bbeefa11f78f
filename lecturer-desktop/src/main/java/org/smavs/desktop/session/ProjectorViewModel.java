package org.smavs.desktop.session;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.session.QrToken;

/**
 * The rotating QR for a projector: fetches the current token and fetches the next one shortly before the
 * current one expires, so the code on the wall is always valid. Check-in counts come from the roster.
 */
public final class ProjectorViewModel {
    /** Fetch this long before expiry, to cover the round trip and the projector's refresh. */
    static final Duration LEAD_TIME = Duration.ofSeconds(2);
    /** Never poll faster than this, even if the server sends an already-expired token. */
    static final Duration MIN_DELAY = Duration.ofSeconds(1);
    /** After a failure, try again this soon; the old code may still be inside the grace window. */
    static final Duration RETRY_DELAY = Duration.ofSeconds(3);

    private final long sessionId;
    private final SessionBackend backend;
    private final UiExecutor executor;
    private final Clock clock;
    private final CallStatus status;
    private final ObjectProperty<QrToken> token = new SimpleObjectProperty<>();
    private final StringProperty code = new SimpleStringProperty("…");
    private UiExecutor.Cancellable next;
    private boolean running;

    public ProjectorViewModel(long sessionId, SessionBackend backend, UiExecutor executor, Clock clock) {
        this.sessionId = sessionId;
        this.backend = backend;
        this.executor = executor;
        this.clock = clock;
        this.status = new CallStatus(executor);
    }

    public void start() {
        running = true;
        fetch();
    }

    public void stop() {
        running = false;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private void fetch() {
        if (!running) {
            return;
        }
        executor.submit(() -> backend.qr(sessionId), this::show, failure -> {
            status.fail("The QR code could not be refreshed; retrying. The typed code still works.");
            scheduleFetch(RETRY_DELAY);
        });
    }

    private void show(QrToken fresh) {
        token.set(fresh);
        code.set(fresh.code());
        status.inform(null);
        scheduleFetch(delayUntilRefresh(fresh.expiresAt(), OffsetDateTime.now(clock)));
    }

    static Duration delayUntilRefresh(OffsetDateTime expiresAt, OffsetDateTime now) {
        Duration untilExpiry = Duration.between(now, expiresAt).minus(LEAD_TIME);
        return untilExpiry.compareTo(MIN_DELAY) < 0 ? MIN_DELAY : untilExpiry;
    }

    private void scheduleFetch(Duration delay) {
        if (running) {
            next = executor.schedule(delay, this::fetch);
        }
    }

    public ReadOnlyObjectProperty<QrToken> tokenProperty() { return token; }
    public ReadOnlyStringProperty codeProperty() { return code; }
    public CallStatus status() { return status; }
}
