package org.smavs.desktop.shell;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run slow work (HTTP, files, camera, timers). The kiosk and the lecturer desktop declare
 * this same contract, method for method, so a screen reads the same in both apps ({@code UiExecutorContractTest}
 * in each app pins it). Work runs off the FX thread; callbacks and scheduled actions run on the FX thread, so
 * view models may touch their properties there. Implementations: {@link BackgroundUiExecutor} for the app and
 * a synchronous {@code DirectUiExecutor} in test code.
 */
public interface UiExecutor {

    /**
     * Runs {@code work} in the background, then exactly one of {@code onSuccess} or {@code onFailure} on the
     * UI thread. An {@link Error} also reaches {@code onFailure}, so a screen never stays busy forever.
     */
    <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);

    /** Runs {@code action} on the UI thread (at once when already there, otherwise later). */
    void onUiThread(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}; call it off with the returned handle. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs blocking {@code work} in the background with no result handling (e.g. a socket reconnect). */
    void runInBackground(Runnable work);

    /** Stops the worker threads; pending and scheduled work is dropped. Safe to call twice. */
    void shutdown();

    /** A scheduled action that can still be called off. */
    interface Cancellable {
        void cancel();
    }
}
