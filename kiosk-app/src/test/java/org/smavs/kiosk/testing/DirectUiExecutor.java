package org.smavs.kiosk.testing;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.smavs.kiosk.shell.UiExecutor;

/** Runs work and callback on the calling thread, so ViewModel tests need neither threads nor a toolkit. */
public final class DirectUiExecutor implements UiExecutor {
    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void close() {
    }
}
