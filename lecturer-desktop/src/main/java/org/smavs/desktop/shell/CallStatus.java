package org.smavs.desktop.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Busy flag, last error sentence and a retry for the network calls of one screen. Every ViewModel runs its
 * calls through one of these, so every screen shows progress and failures the same way.
 */
public final class CallStatus {
    private static final Logger LOG = LoggerFactory.getLogger(CallStatus.class);

    private final UiExecutor executor;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty error = new SimpleStringProperty();
    private final StringProperty info = new SimpleStringProperty();
    private final BooleanProperty retryable = new SimpleBooleanProperty(false);
    private int running;
    private Runnable retry;

    public CallStatus(UiExecutor executor) {
        this.executor = executor;
    }

    /**
     * Runs {@code work} off the UI thread. {@code action} names it for the error sentence ("load the
     * sessions"). When {@code retryable}, a failure offers Retry, which runs the same call again.
     */
    public <T> void run(String action, Callable<T> work, Consumer<T> onSuccess, boolean retryable) {
        run(action, work, onSuccess, retryable, failure -> ErrorMessages.describe(action, failure));
    }

    /** As {@link #run(String, Callable, Consumer, boolean)} with a screen-specific wording of failures. */
    public <T> void run(String action, Callable<T> work, Consumer<T> onSuccess, boolean retryable,
                        Function<Throwable, String> describe) {
        run(action, work, onSuccess, failure -> retryable, describe);
    }

    /** As above, offering Retry only for the failures {@code retryable} accepts (e.g. not a wrong password). */
    public <T> void run(String action, Callable<T> work, Consumer<T> onSuccess,
                        java.util.function.Predicate<Throwable> retryable, Function<Throwable, String> describe) {
        Runnable attempt = () -> run(action, work, onSuccess, retryable, describe);
        running++;
        busy.set(true);
        error.set(null);
        info.set(null);
        this.retryable.set(false);
        executor.submit(work, result -> {
            finished();
            onSuccess.accept(result);
        }, failure -> {
            finished();
            // Logged once here, where the failure is handled; the user sees the sentence.
            LOG.warn("Could not {}: {}", action, failure.toString());
            info.set(null);
            error.set(describe.apply(failure));
            boolean offerRetry = retryable.test(failure);
            this.retry = offerRetry ? attempt : null;
            this.retryable.set(offerRetry);
        });
    }

    /** Shorthand for a retryable call (reads are safe to repeat). */
    public <T> void load(String action, Callable<T> work, Consumer<T> onSuccess) {
        run(action, work, onSuccess, true);
    }

    /** Shorthand for a change that should not be repeated blindly. */
    public <T> void change(String action, Callable<T> work, Consumer<T> onSuccess) {
        run(action, work, onSuccess, false);
    }

    public void retry() {
        Runnable again = retry;
        retry = null;
        retryable.set(false);
        if (again != null) {
            again.run();
        }
    }

    /** Shows a non-error message (e.g. "Saved to …") in the same place as errors. */
    public void inform(String message) {
        error.set(null);
        info.set(message);
    }

    public void fail(String message) {
        info.set(null);
        error.set(message);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public ReadOnlyStringProperty infoProperty() {
        return info;
    }

    public ReadOnlyBooleanProperty retryableProperty() {
        return retryable;
    }

    public boolean isBusy() {
        return busy.get();
    }

    public String error() {
        return error.get();
    }

    private void finished() {
        running = Math.max(0, running - 1);
        busy.set(running > 0);
    }
}
