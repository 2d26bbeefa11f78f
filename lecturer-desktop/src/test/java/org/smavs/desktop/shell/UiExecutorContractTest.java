package org.smavs.desktop.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * The kiosk and the lecturer desktop declare the same {@link UiExecutor}; this test exists word for word in
 * both apps (only the package differs), so the two contracts cannot drift apart silently.
 */
class UiExecutorContractTest {
    private static final List<String> CONTRACT = List.of(
            "onUiThread(Runnable): void",
            "runInBackground(Runnable): void",
            "schedule(Duration,Runnable): Cancellable",
            "shutdown(): void",
            "submit(Callable,Consumer,Consumer): void");

    private final BackgroundUiExecutor executor = new BackgroundUiExecutor(2);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        executor.shutdown();
    }

    @Test
    void declaresTheSharedContract() {
        List<String> declared = Arrays.stream(UiExecutor.class.getDeclaredMethods())
                .map(UiExecutorContractTest::signature).sorted().toList();
        assertThat(declared).isEqualTo(CONTRACT);
    }

    @Test
    void workRunsInTheBackgroundAndItsResultArrivesOnTheUiThread() throws Exception {
        CompletableFuture<String> seen = new CompletableFuture<>();
        executor.submit(() -> Platform.isFxApplicationThread() ? "worked on the UI thread" : "answer",
                result -> seen.complete(Platform.isFxApplicationThread() ? result : "callback off the UI thread"),
                seen::completeExceptionally);
        assertThat(seen.get(5, TimeUnit.SECONDS)).isEqualTo("answer");
    }

    @Test
    void anErrorStillReachesTheFailureCallbackSoTheScreenNeverStaysBusy() throws Exception {
        CompletableFuture<Throwable> seen = new CompletableFuture<>();
        executor.submit(() -> {
            throw new OutOfMemoryError("simulated");
        }, result -> seen.complete(null), error -> seen.complete(Platform.isFxApplicationThread() ? error : null));
        assertThat(seen.get(5, TimeUnit.SECONDS)).isInstanceOf(OutOfMemoryError.class);
    }

    @Test
    void scheduledActionsRunOnTheUiThreadUnlessCancelled() throws Exception {
        CompletableFuture<Boolean> ran = new CompletableFuture<>();
        CompletableFuture<Boolean> cancelledRan = new CompletableFuture<>();
        executor.schedule(Duration.ofMillis(300), () -> cancelledRan.complete(true)).cancel();
        executor.schedule(Duration.ofMillis(50), () -> ran.complete(Platform.isFxApplicationThread()));
        assertThat(ran.get(5, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(500);
        assertThat(cancelledRan).isNotDone();
    }

    @Test
    void onUiThreadAndRunInBackgroundUseTheRightThreads() throws Exception {
        CompletableFuture<Boolean> ui = new CompletableFuture<>();
        CompletableFuture<Boolean> background = new CompletableFuture<>();
        executor.onUiThread(() -> ui.complete(Platform.isFxApplicationThread()));
        executor.runInBackground(() -> background.complete(!Platform.isFxApplicationThread()));
        assertThat(ui.get(5, TimeUnit.SECONDS)).isTrue();
        assertThat(background.get(5, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void shutdownIsSafeToCallTwice() {
        executor.shutdown();
        executor.shutdown();
    }

    private static String signature(Method method) {
        String parameters = String.join(",", Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName)
                .toList());
        return method.getName() + "(" + parameters + "): " + method.getReturnType().getSimpleName();
    }
}
