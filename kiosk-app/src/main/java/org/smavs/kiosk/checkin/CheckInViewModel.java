package org.smavs.kiosk.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smavs.kiosk.camera.CameraService;
import org.smavs.kiosk.camera.Coaching;
import org.smavs.kiosk.camera.Frame;
import org.smavs.kiosk.shell.ServerErrors;
import org.smavs.kiosk.shell.StatusViewModel;
import org.smavs.kiosk.shell.UiExecutor;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.kiosk.Challenge;

/**
 * One student at a time: identify (pass QR seen by the camera, or number + PIN) → server challenge →
 * countdown → burst → result, which clears itself. State lives on the FX thread; the slow steps go through
 * the {@link UiExecutor}. {@link #tick()} drives countdowns and throttled pass scanning.
 */
public final class CheckInViewModel {
    private final CheckInService service;
    private final CameraService camera;
    private final BurstCapture burst;
    private final PassScanner scanner;
    private final Supplier<Optional<Long>> activeSession;
    private final UiExecutor executor;
    private final Clock clock;
    private final CheckInTimings timings;
    private final StatusViewModel status;
    private final Runnable onRecorded;
    private final Runnable onRevoked;

    private final ObjectProperty<CheckInStage> stage = new SimpleObjectProperty<>(CheckInStage.READY);
    private final ObjectProperty<Challenge> challenge = new SimpleObjectProperty<>();
    private final ObjectProperty<AttendanceStatus> resultStatus = new SimpleObjectProperty<>();
    private final StringProperty headline = new SimpleStringProperty();
    private final StringProperty detail = new SimpleStringProperty();
    private final StringProperty countdown = new SimpleStringProperty("");
    private final StringProperty studentNumber = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    /** Counts requests to put the cursor in the PIN field (after a wrong PIN). */
    private final javafx.beans.property.IntegerProperty pinFocusRequests = new javafx.beans.property.SimpleIntegerProperty();
    private boolean identifyingByNumber;
    static final String IDENTIFICATION_FAILED = "IDENTIFICATION_FAILED";

    private CheckInAttempt attempt;
    /** Why the burst was taken without a well-framed picture, or null; shown until the answer comes. */
    private String framingNote;
    private Instant stageEndsAt = Instant.MAX;
    private Instant nextScanAt = Instant.MIN;
    private long lastScannedSequence = -1;
    private boolean scanning;
    private String lastPass;
    private Instant lastPassAt = Instant.MIN;
    private Instant lastKeyAt = Instant.MIN;

    public CheckInViewModel(CheckInService service, CameraService camera, BurstCapture burst, PassScanner scanner,
                            Supplier<Optional<Long>> activeSession, UiExecutor executor, Clock clock,
                            CheckInTimings timings, StatusViewModel status, Runnable onRecorded,
                            Runnable onRevoked) {
        this.service = service;
        this.camera = camera;
        this.burst = burst;
        this.scanner = scanner;
        this.activeSession = activeSession;
        this.executor = executor;
        this.clock = clock;
        this.timings = timings;
        this.status = status;
        this.onRecorded = onRecorded;
        this.onRevoked = onRevoked;
        studentNumber.addListener((obs, old, now) -> lastKeyAt = clock.instant());
        pin.addListener((obs, old, now) -> lastKeyAt = clock.instant());
        enter(CheckInStage.READY);
    }

    public void tick() {
        Instant now = clock.instant();
        switch (stage.get()) {
            case READY -> scanForPass(now);
            case PREPARING -> prepare(now);
            case RESULT, SAVED_OFFLINE, FAILED -> {
                if (!now.isBefore(stageEndsAt)) {
                    enter(CheckInStage.READY);
                }
            }
            case ENTERING_NUMBER -> {
                if (!now.isBefore(lastKeyAt.plus(timings.entryIdle()))) {
                    // walked away half-way: the next student must not find this number (or PIN) typed in
                    studentNumber.set("");
                    pin.set("");
                    enter(CheckInStage.READY);
                }
            }
            default -> { }
        }
    }

    /** The "Use student number" button. */
    public void chooseNumberEntry() {
        if (stage.get() == CheckInStage.READY) {
            studentNumber.set("");
            pin.set("");
            lastKeyAt = clock.instant();
            enter(CheckInStage.ENTERING_NUMBER);
        }
    }

    public void cancel() {
        if (stage.get() == CheckInStage.ENTERING_NUMBER || stage.get() == CheckInStage.FAILED) {
            pin.set("");
            enter(CheckInStage.READY);
        }
    }

    public javafx.beans.property.ReadOnlyIntegerProperty pinFocusRequestsProperty() {
        return pinFocusRequests;
    }

    public void submitNumber() {
        String number = studentNumber.get().trim();
        String typedPin = pin.get();
        if (stage.get() != CheckInStage.ENTERING_NUMBER || number.isEmpty() || typedPin.isEmpty()) {
            detail.set("Type your student number and your PIN");
            return;
        }
        pin.set("");
        identify(StudentIdentity.byNumber(number, typedPin));
    }

    private void scanForPass(Instant now) {
        if (scanning || now.isBefore(nextScanAt) || activeSession.get().isEmpty()) {
            return;
        }
        Frame frame = camera.latest();
        if (frame == null || frame.sequence() == lastScannedSequence) {
            return;
        }
        lastScannedSequence = frame.sequence();
        nextScanAt = now.plus(timings.scanInterval());
        scanning = true;
        executor.submit(() -> scanner.scan(frame.image()), found -> {
            scanning = false;
            found.filter(pass -> stage.get() == CheckInStage.READY && !recentlyUsed(pass))
                    .ifPresent(pass -> {
                        lastPass = pass;
                        lastPassAt = clock.instant();
                        identify(StudentIdentity.byPass(pass));
                    });
        }, error -> scanning = false);
    }

    /** A phone held up after its check-in must not start a second one. */
    private boolean recentlyUsed(String pass) {
        return pass.equals(lastPass) && clock.instant().isBefore(lastPassAt.plus(timings.samePassIgnoredFor()));
    }

    private void identify(StudentIdentity identity) {
        identifyingByNumber = !identity.usesPass();
        Optional<Long> sessionId = activeSession.get();
        if (sessionId.isEmpty()) {
            fail("No class is running in this room right now.");
            return;
        }
        if (!camera.status().available()) {
            fail("The camera is not working, so check-in is not possible here. Please see your lecturer.");
            return;
        }
        enter(CheckInStage.IDENTIFYING);
        executor.submit(() -> service.begin(identity, sessionId.get()), started -> {
            attempt = started;
            if (!started.offline()) {
                status.serverAnswered();
            }
            challenge.set(started.challenge());
            enter(CheckInStage.PREPARING);
        }, this::failed);
    }

    /**
     * Counts down, then waits for the framing guidance to call the picture good: the burst then holds one clear face
     * instead of earning a NO_FACE or MULTIPLE_FACES answer from the server. After {@code framingWait} it is taken
     * anyway, with the reason on screen: the cascade can miss a face the server's detector finds.
     */
    private void prepare(Instant now) {
        if (now.isBefore(stageEndsAt)) {
            long seconds = Math.max(1, (Duration.between(now, stageEndsAt).toMillis() + 999) / 1000);
            countdown.set(Long.toString(seconds));
            return;
        }
        Coaching framing = camera.coaching();
        if (framing == Coaching.OK) {
            captureBurst(null);
        } else if (!now.isBefore(stageEndsAt.plus(timings.framingWait()))) {
            captureBurst(framing);
        } else {
            countdown.set("");
            detail.set(CheckInMessages.waitingForFraming(framing));
        }
    }

    private void captureBurst(Coaching takenAnyway) {
        enter(CheckInStage.CAPTURING);
        framingNote = takenAnyway == null ? null : CheckInMessages.takenAnyway(takenAnyway);
        if (framingNote != null) {
            detail.set(framingNote);
        }
        CheckInAttempt current = attempt;
        executor.submit(burst::capture, frames -> sendBurst(current, frames), this::failed);
    }

    private void sendBurst(CheckInAttempt current, List<byte[]> frames) {
        enter(CheckInStage.VERIFYING);
        if (framingNote != null) {
            detail.set(framingNote);
        }
        executor.submit(() -> service.finish(current, frames), outcome -> {
            attempt = null;
            if (outcome.savedOffline()) {
                status.serverUnreachable();
                enter(CheckInStage.SAVED_OFFLINE);
                return;
            }
            status.serverAnswered();
            resultStatus.set(outcome.record().status());
            enter(CheckInStage.RESULT);
            headline.set(outcome.studentName() == null ? "Thank you" : outcome.studentName());
            detail.set(FlagExplanation.sentence(outcome.record().status(), outcome.record().flags()));
            onRecorded.run();
        }, this::failed);
    }

    private void failed(Throwable error) {
        attempt = null;
        if (ServerErrors.isRevocation(error)) {
            enter(CheckInStage.READY);
            onRevoked.run();
            return;
        }
        if (identifyingByNumber && ServerErrors.status(error) == 422
                && IDENTIFICATION_FAILED.equals(ServerErrors.code(error))) {
            // a mistyped PIN: keep the number, back to the PIN field, say what to do
            enter(CheckInStage.ENTERING_NUMBER);
            detail.set("Student number or PIN is not right. Type your PIN again.");
            pinFocusRequests.set(pinFocusRequests.get() + 1);
            return;
        }
        fail(CheckInMessages.explain(error));
    }

    private void fail(String message) {
        enter(CheckInStage.FAILED);
        detail.set(message);
    }

    private void enter(CheckInStage next) {
        stage.set(next);
        Instant now = clock.instant();
        stageEndsAt = switch (next) {
            case PREPARING -> now.plus(timings.prepare());
            case RESULT, SAVED_OFFLINE -> now.plus(timings.resultShown());
            case FAILED -> now.plus(timings.failureShown());
            default -> Instant.MAX;
        };
        countdown.set(next == CheckInStage.PREPARING ? Long.toString(timings.prepare().toSeconds()) : "");
        if (next == CheckInStage.READY) {
            challenge.set(null);
            resultStatus.set(null);
        }
        headline.set(CheckInMessages.headline(next, challenge.get()));
        detail.set(CheckInMessages.detail(next));
    }

    public ObjectProperty<CheckInStage> stageProperty() {
        return stage;
    }

    public ObjectProperty<Challenge> challengeProperty() {
        return challenge;
    }

    public ObjectProperty<AttendanceStatus> resultStatusProperty() {
        return resultStatus;
    }

    public StringProperty headlineProperty() {
        return headline;
    }

    public StringProperty detailProperty() {
        return detail;
    }

    public StringProperty countdownProperty() {
        return countdown;
    }

    public StringProperty studentNumberProperty() {
        return studentNumber;
    }

    public StringProperty pinProperty() {
        return pin;
    }
}
