package org.smavs.kiosk.testing;

import org.smavs.kiosk.shell.UiExecutor;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Synchronous {@link UiExecutor} for tests: work and callbacks run on the calling thread at once. Scheduled
 * actions are kept until the test releases them with {@link #runScheduled()}, so timers never run away.
 */
public final class DirectUiExecutor implements UiExecutor {
    private final List<Scheduled> scheduled = new ArrayList<>();

    @Override
    public <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(delay, action);
        scheduled.add(entry);
        return () -> scheduled.remove(entry);
    }

    @Override
    public void runInBackground(Runnable work) {
        work.run();
    }

    @Override
    public void shutdown() {
        scheduled.clear();
    }

    /** Delays of the actions waiting to run, in the order they were scheduled. */
    public List<Duration> scheduledDelays() {
        return scheduled.stream().map(Scheduled::delay).toList();
    }

    /** Runs (and forgets) every action scheduled so far. */
    public void runScheduled() {
        List<Scheduled> due = new ArrayList<>(scheduled);
        scheduled.clear();
        due.forEach(entry -> entry.action().run());
    }

    private record Scheduled(Duration delay, Runnable action) {
    }
}
