package org.smavs.kiosk.shell;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Production {@link UiExecutor}: a small daemon pool for blocking calls, results handed to the FX thread. */
public final class BackgroundUiExecutor implements UiExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(BackgroundUiExecutor.class);

    private final ScheduledExecutorService pool;

    public BackgroundUiExecutor(int threads) {
        this.pool = Executors.newScheduledThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        pool.execute(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = pool.schedule(() -> Platform.runLater(action), delay.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }

    @Override
    public void runInBackground(Runnable work) {
        pool.execute(() -> {
            try {
                work.run();
            } catch (RuntimeException e) {
                LOG.warn("Background task failed", e);
            }
        });
    }

    @Override
    public void shutdown() {
        pool.shutdownNow();
        try {
            // A worker may be mid-way through a file write (e.g. the kiosk's offline queue); let it finish.
            pool.awaitTermination(3, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "smavs-background-" + count.incrementAndGet());
            // Daemon threads never keep the app alive after the last window closes.
            thread.setDaemon(true);
            return thread;
        };
    }
}
