package org.smavs.kiosk.shell;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one way screens run slow work (HTTP, files, camera bursts, QR decoding): {@code work} runs off the
 * FX thread, and exactly one of the callbacks runs afterwards on the FX thread. Two implementations: a
 * thread pool for the app, and a synchronous one that lets ViewModel tests run without a toolkit.
 */
public interface UiExecutor extends AutoCloseable {

    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Exception> onFailure);

    @Override
    void close();
}
