package org.smavs.kiosk.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smavs.kiosk.backend.KioskBackend;
import org.smavs.kiosk.shell.ServerErrors;
import org.smavs.kiosk.shell.StatusViewModel;
import org.smavs.kiosk.shell.UiExecutor;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

/**
 * The room's active session and its rotating QR. Polls the server every few seconds (live count) and,
 * near the end of a QR step, every second until the next token arrives, so the projected QR is never
 * older than its step. While offline it keeps the last known session until that session's end time, also
 * across a restart ({@link LastSessionStore}), so offline check-ins go on after a power cut.
 */
public final class SessionViewModel {
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);
    static final Duration OFFLINE_RETRY = Duration.ofSeconds(5);
    static final Duration MIN_INTERVAL = Duration.ofSeconds(1);
    /** Ask for the next QR this long before the current one expires. */
    static final Duration QR_LEAD = Duration.ofSeconds(1);

    private final KioskBackend backend;
    private final UiExecutor executor;
    private final Clock clock;
    private final StatusViewModel status;
    private final Runnable onRevoked;
    private final LastSessionStore lastSession;

    private final ObjectProperty<SessionState> state = new SimpleObjectProperty<>(SessionState.LOADING);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty courseName = new SimpleStringProperty("");
    private final StringProperty lecturerName = new SimpleStringProperty("");
    private final StringProperty roomName = new SimpleStringProperty("");
    private final StringProperty timeLeft = new SimpleStringProperty("");
    private final StringProperty qrToken = new SimpleStringProperty();
    private final StringProperty code = new SimpleStringProperty("");
    private final LongProperty liveCount = new SimpleLongProperty();
    private final BooleanProperty reachable = new SimpleBooleanProperty(true);

    private KioskSession current;
    private Instant nextFetchAt = Instant.MIN;
    private boolean fetching;
    private boolean stopped;

    public SessionViewModel(KioskBackend backend, UiExecutor executor, Clock clock, StatusViewModel status,
                            String roomName, Runnable onRevoked, LastSessionStore lastSession) {
        this.backend = backend;
        this.lastSession = lastSession;
        this.executor = executor;
        this.clock = clock;
        this.status = status;
        this.onRevoked = onRevoked;
        this.roomName.set(roomName == null ? "" : roomName);
    }

    /** Called a few times a second on the FX thread. */
    public void tick() {
        Instant now = clock.instant();
        if (current != null && current.session() != null) {
            Instant ends = current.session().endsAt().toInstant();
            if (!now.isBefore(ends)) {
                show(null);
            } else {
                timeLeft.set(TimeLeft.describe(Duration.between(now, ends)));
            }
        }
        if (!fetching && !stopped && !now.isBefore(nextFetchAt)) {
            fetch();
        }
    }

    /** Fetches right away (after a check-in, so the live count moves at once). */
    public void refreshSoon() {
        nextFetchAt = Instant.MIN;
    }

    public void stop() {
        stopped = true;
    }

    /** The running session's id, for check-ins; empty when idle. */
    public Optional<Long> activeSessionId() {
        return state.get() == SessionState.ACTIVE ? Optional.of(current.session().id()) : Optional.empty();
    }

    private void fetch() {
        fetching = true;
        executor.submit(backend::currentSession, this::received, this::failed);
    }

    private void received(KioskSession answer) {
        fetching = false;
        reachable.set(true);
        status.serverAnswered();
        show(answer);
        if (current != null) {
            lastSession.remember(current);
        } else {
            lastSession.forget();
        }
        nextFetchAt = nextFetchAfter(answer, clock.instant());
    }

    private void failed(Throwable error) {
        fetching = false;
        int httpStatus = ServerErrors.status(error);
        if (ServerErrors.isRevocation(error) || httpStatus == 403) {
            stopped = true;
            onRevoked.run();
            return;
        }
        if (ServerErrors.isUnreachable(error)) {
            reachable.set(false);
            status.serverUnreachable();
            // the rotating QR cannot be renewed offline: hide it rather than show a token that will fail
            qrToken.set(null);
        }
        if (state.get() == SessionState.LOADING) {
            // started without the server: carry on with the session it last announced, if still running
            lastSession.load().ifPresentOrElse(this::show, () -> state.set(SessionState.IDLE));
        }
        nextFetchAt = clock.instant().plus(OFFLINE_RETRY);
    }

    static Instant nextFetchAfter(KioskSession answer, Instant now) {
        Instant next = now.plus(POLL_INTERVAL);
        if (answer != null && answer.qr() != null && answer.qr().expiresAt() != null) {
            Instant beforeExpiry = answer.qr().expiresAt().toInstant().minus(QR_LEAD);
            if (beforeExpiry.isBefore(next)) {
                next = beforeExpiry;
            }
        }
        Instant earliest = now.plus(MIN_INTERVAL);
        return next.isBefore(earliest) ? earliest : next;
    }

    private void show(KioskSession answer) {
        boolean running = answer != null && answer.session() != null && isRunning(answer.session());
        current = running ? answer : null;
        if (answer != null && answer.roomName() != null) {
            roomName.set(answer.roomName());
        }
        if (!running) {
            state.set(SessionState.IDLE);
            qrToken.set(null);
            return;
        }
        Session session = answer.session();
        title.set(session.title());
        courseName.set(answer.courseName() == null ? session.title() : answer.courseName());
        lecturerName.set(answer.lecturerName() == null ? "" : answer.lecturerName());
        liveCount.set(answer.liveCount());
        code.set(answer.qr() != null && answer.qr().code() != null ? answer.qr().code() : session.code());
        qrToken.set(answer.qr() == null ? null : answer.qr().qrToken());
        timeLeft.set(TimeLeft.describe(Duration.between(clock.instant(), session.endsAt().toInstant())));
        state.set(SessionState.ACTIVE);
    }

    private boolean isRunning(Session session) {
        return session.status() == SessionStatus.ACTIVE && session.endsAt() != null
                && session.endsAt().toInstant().isAfter(clock.instant());
    }

    public ObjectProperty<SessionState> stateProperty() {
        return state;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty courseNameProperty() {
        return courseName;
    }

    public StringProperty lecturerNameProperty() {
        return lecturerName;
    }

    public StringProperty roomNameProperty() {
        return roomName;
    }

    public StringProperty timeLeftProperty() {
        return timeLeft;
    }

    public StringProperty qrTokenProperty() {
        return qrToken;
    }

    public StringProperty codeProperty() {
        return code;
    }

    /** False while the last poll could not reach the server. */
    public BooleanProperty reachableProperty() {
        return reachable;
    }

    public LongProperty liveCountProperty() {
        return liveCount;
    }
}
