package org.smavs.server.face;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A bounded pool of analysis workers, one per core by default. Each analysis is CPU-bound on its worker
 * thread (the models use one intra-op thread), so more workers than cores only adds contention. The queue
 * is bounded so that a burst of uploads is refused quickly with {@link FaceEngineBusyException} instead of
 * piling up requests that will time out anyway.
 */
public final class FaceAnalysisPool implements AutoCloseable {
    private final FaceEngine engine;
    private final ThreadPoolExecutor executor;
    private final java.util.concurrent.atomic.LongAdder completed = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder busyNanos = new java.util.concurrent.atomic.LongAdder();

    public FaceAnalysisPool(FaceEngine engine, int workers, int queueCapacity) {
        if (workers < 1 || queueCapacity < 1) {
            throw new IllegalArgumentException("workers and queueCapacity must be positive");
        }
        this.engine = engine;
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queueCapacity), new WorkerThreads(), new ThreadPoolExecutor.AbortPolicy());
    }

    /** One worker per available core, queue of 16 per worker. */
    public FaceAnalysisPool(FaceEngine engine) {
        this(engine, Runtime.getRuntime().availableProcessors(), 16 * Runtime.getRuntime().availableProcessors());
    }

    public int workers() {
        return executor.getMaximumPoolSize();
    }

    /** Analyses waiting for a worker (for the metrics: a growing queue means the engine is the bottleneck). */
    public int queued() {
        return executor.getQueue().size();
    }

    public int active() {
        return executor.getActiveCount();
    }

    public long completed() {
        return completed.sum();
    }

    public double analysisSecondsTotal() {
        return busyNanos.sum() / 1e9;
    }

    /** Runs {@code analysis} and counts its time, for the face_analysis_seconds metric. */
    private <T> java.util.function.Supplier<T> timed(java.util.function.Supplier<T> analysis) {
        return () -> {
            long started = System.nanoTime();
            try {
                return analysis.get();
            } finally {
                busyNanos.add(System.nanoTime() - started);
                completed.increment();
            }
        };
    }

    /** Analyses one image on a worker; fails with {@link FaceEngineBusyException} when the queue is full. */
    public CompletableFuture<FaceAnalysis> analyze(byte[] imageBytes) {
        try {
            return CompletableFuture.supplyAsync(timed(() -> engine.analyze(imageBytes)), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new FaceEngineBusyException(
                    "Face analysis queue is full (" + executor.getQueue().size() + " waiting)"));
        }
    }

    /** Analyses a decoded image on a worker; fails with {@link FaceEngineBusyException} when the queue is full. */
    public CompletableFuture<FaceAnalysis> analyze(BgrImage image) {
        try {
            return CompletableFuture.supplyAsync(timed(() -> engine.analyze(image)), executor);
        } catch (RejectedExecutionException e) {
            return CompletableFuture.failedFuture(new FaceEngineBusyException(
                    "Face analysis queue is full (" + executor.getQueue().size() + " waiting)"));
        }
    }

    /** Analyses a burst of decoded frames in parallel, keeping their order. */
    public CompletableFuture<List<FaceAnalysis>> analyzeAllDecoded(List<BgrImage> frames) {
        List<CompletableFuture<FaceAnalysis>> futures = frames.stream().map(this::analyze).toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    /** Analyses a burst of frames in parallel, keeping their order. */
    public CompletableFuture<List<FaceAnalysis>> analyzeAll(List<byte[]> frames) {
        List<CompletableFuture<FaceAnalysis>> futures = frames.stream().map(this::analyze).toList();
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(done -> futures.stream().map(CompletableFuture::join).toList());
    }

    /** Stops accepting work, lets queued work finish (up to 10 s). Does not close the engine. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger next = new AtomicInteger(1);

        @Override
        public Thread newThread(Runnable task) {
            Thread thread = new Thread(task, "face-worker-" + next.getAndIncrement());
            thread.setDaemon(true);
            return thread;
        }
    }
}
