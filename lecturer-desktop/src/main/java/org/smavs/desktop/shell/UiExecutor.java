package org.smavs.desktop.shell;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run slow work. Work runs off the FX thread; callbacks and scheduled actions run on the
 * FX thread, so ViewModels may touch their properties there. {@link DirectUiExecutor} is the synchronous
 * twin used by ViewModel tests.
 */
public interface UiExecutor {

    /** Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI thread. */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs {@code action} on the UI thread (later, when called from another thread). */
    void onUiThread(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}; cancel it with the returned handle. */
    Cancellable schedule(Duration delay, Runnable action);

    /** Runs blocking {@code work} in the background with no result handling (e.g. a socket reconnect). */
    void runInBackground(Runnable work);

    /** Stops the worker threads; pending work is dropped. */
    void shutdown();

    /** A scheduled action that can still be called off. */
    interface Cancellable {
        void cancel();
    }
}
