package org.smavs.server.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.smavs.server.face.BgrImage;
import org.smavs.server.face.EyeStateClassifier;
import org.smavs.server.face.FaceAligner;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.face.FaceAnalysisPool;
import org.smavs.server.face.FaceBox;
import org.smavs.server.face.FaceDetector;
import org.smavs.server.face.FaceEmbedder;
import org.smavs.server.face.FaceLandmarks;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.face.FaceModel;
import org.smavs.server.face.FaceModels;
import org.smavs.server.face.HeadPoseEstimator;
import org.smavs.server.face.ImageDecoder;
import org.smavs.server.face.LandmarkDetector;
import org.smavs.server.face.LivenessDetector;
import org.smavs.server.face.OnnxFaceEngine;
import org.smavs.server.face.OnnxModel;

/**
 * Prints latency and throughput of the face pipeline against the raw model calls it makes (the ceiling
 * any pre/post-processing can reach). Run:
 * {@code ./mvnw -o -q -pl server test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=org.smavs.server.bench.FaceBenchmark} (optional args: seconds per throughput round,
 * worker count; model directory from {@code -Dsmavs.models.dir}).
 *
 * <p>"Verify" = decode the selfie JPEG, full analysis (detect, landmarks, align, embed, liveness, eyes,
 * pose, crop quality) and the match against a reference embedding — what the server does per selfie.
 */
public final class FaceBenchmark {
    private static final int LATENCY_RUNS = 200;
    private static final int ROUNDS = 3;

    public static void main(String[] args) throws Exception {
        double secondsPerRound = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        FaceModels models = FaceModels.locate(LatencyStats.modelDirectory());
        byte[] selfie = LatencyStats.resource("/faces/grace_hopper.jpg");

        System.out.printf(Locale.ROOT, "SMAVS face benchmark — %s, %d cores, %s, Java %s, models %s%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"), models.version());
        System.out.printf(Locale.ROOT, "Input: grace_hopper.jpg (512x600 JPEG, one face); load average at start %.2f%n%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

        Map<FaceModel, OnnxModel> sessions = new EnumMap<>(FaceModel.class);
        for (FaceModel model : FaceModel.values()) {
            sessions.put(model, OnnxModel.load(models, model));
        }
        try (OnnxFaceEngine engine = OnnxFaceEngine.load(models)) {
            // warm the JIT on whole verifications first: otherwise the first stage measured (decoding) is
            // timed while the compiler is still busy and reads several times too slow
            for (int i = 0; i < 150; i++) {
                engine.analyze(selfie);
            }
            stageLatencies(sessions, selfie);
            float[] reference = engine.analyze(selfie).face().embedding();
            FaceMatchPolicy match = new FaceMatchPolicy();
            Runnable verify = () -> match.compare(engine.analyze(selfie).face().embedding(), reference);
            Runnable ceiling = rawModelCalls(sessions);

            System.out.println("\nSingle-threaded, one request at a time (mean, p50, p95, CPU mean; ms):");
            LatencyStats verifyLatency = LatencyStats.measure(verify, LATENCY_RUNS);
            LatencyStats ceilingLatency = LatencyStats.measure(ceiling, LATENCY_RUNS);
            print("verify end-to-end", verifyLatency);
            print("raw model calls only", ceilingLatency);

            System.out.printf(Locale.ROOT, "%nThroughput with %d workers (%d rounds x %.0f s, alternating):%n",
                    workers, ROUNDS, secondsPerRound);
            double pipelineRate = 0;
            double decodedRate = 0;
            double ceilingRate = 0;
            BgrImage decoded = new ImageDecoder().decode(selfie);
            byte[] pixels = pixelsOf(selfie);
            // a new image per call over the same pixels, so nothing an image caches carries over between calls
            Runnable analyzeDecoded = () -> match.compare(engine.analyze(
                    new BgrImage(decoded.width(), decoded.height(), pixels)).face().embedding(), reference);
            try (FaceAnalysisPool pool = new FaceAnalysisPool(engine, workers, workers * 4)) {
                for (int round = 0; round < ROUNDS; round++) {
                    ceilingRate += threadsThroughput(ceiling, workers, secondsPerRound) / ROUNDS;
                    pipelineRate += poolThroughput(pool, selfie, reference, match, workers, secondsPerRound) / ROUNDS;
                    decodedRate += threadsThroughput(analyzeDecoded, workers, secondsPerRound) / ROUNDS;
                }
            }
            System.out.printf(Locale.ROOT, "  verifications/s (pool, JPEG in)         %7.1f%n", pipelineRate);
            System.out.printf(Locale.ROOT, "  verifications/s (already decoded)       %7.1f%n", decodedRate);
            System.out.printf(Locale.ROOT, "  model-call sets/s (ceiling)             %7.1f%n", ceilingRate);
            System.out.printf(Locale.ROOT, "  pipeline / ceiling, JPEG in             %7.1f %%  (target >= 90 %%)%n",
                    100 * pipelineRate / ceilingRate);
            System.out.printf(Locale.ROOT, "  pipeline / ceiling, decoded             %7.1f %%%n",
                    100 * decodedRate / ceilingRate);
            System.out.printf(Locale.ROOT, "  pipeline / ceiling by CPU time, single  %7.1f %%  (JPEG in)%n",
                    100 * ceilingLatency.cpuMean() / verifyLatency.cpuMean());
            System.out.printf(Locale.ROOT, "  verify p95 single-threaded              %7.1f ms (target <= 60 ms)%n",
                    verifyLatency.p95());
            System.out.printf(Locale.ROOT, "  load average at end %.2f%n",
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        } finally {
            sessions.values().forEach(OnnxModel::close);
        }
    }

    private static void stageLatencies(Map<FaceModel, OnnxModel> sessions, byte[] selfie) throws java.io.IOException {
        ImageDecoder decoder = new ImageDecoder();
        FaceDetector detector = new FaceDetector(sessions.get(FaceModel.DETECT));
        LandmarkDetector landmarks = new LandmarkDetector(sessions.get(FaceModel.LANDMARK));
        FaceAligner aligner = new FaceAligner();
        FaceEmbedder embedder = new FaceEmbedder(sessions.get(FaceModel.FEATURE));
        LivenessDetector liveness = new LivenessDetector(sessions.get(FaceModel.LIVENESS));
        EyeStateClassifier eyes = new EyeStateClassifier(sessions.get(FaceModel.EYE));
        HeadPoseEstimator pose = new HeadPoseEstimator(sessions.get(FaceModel.POSE));

        BgrImage image = decoder.decode(selfie);
        byte[] pixels = pixelsOf(selfie);
        FaceBox box = detector.detect(image).get(0);
        FaceLandmarks points = landmarks.detect(image, box);
        BgrImage aligned = aligner.align(image, points);

        System.out.println("Per-stage latency, single thread (each stage including its pre/post-processing):");
        System.out.println("  stage                         mean     p50     p95  CPU mean  (ms)");
        print("decode JPEG", LatencyStats.measure(() -> decoder.decode(selfie), LATENCY_RUNS));
        // a fresh image each time: the first stage pays for converting the rows to floats for all later crops
        print("detect (+ rows to floats)", LatencyStats.measure(
                () -> detector.detect(new BgrImage(image.width(), image.height(), pixels)), LATENCY_RUNS));
        print("landmarks", LatencyStats.measure(() -> landmarks.detect(image, box), LATENCY_RUNS));
        print("align", LatencyStats.measure(() -> aligner.align(image, points), LATENCY_RUNS));
        print("embed", LatencyStats.measure(() -> embedder.embed(aligned), LATENCY_RUNS));
        print("liveness", LatencyStats.measure(() -> liveness.score(image, box), LATENCY_RUNS));
        print("eyes (2 crops)", LatencyStats.measure(() -> eyes.openProbability(image, points), LATENCY_RUNS));
        print("head pose", LatencyStats.measure(() -> pose.estimate(image, box), LATENCY_RUNS));
    }

    /** The model calls one verification makes, on fixed inputs: no decoding, resampling or decoding of outputs. */
    private static Runnable rawModelCalls(Map<FaceModel, OnnxModel> sessions) {
        Map<FaceModel, float[]> inputs = new EnumMap<>(FaceModel.class);
        Random random = new Random(7);
        sessions.forEach((model, session) -> {
            float[] input = new float[(int) Arrays.stream(session.inputShape()).reduce(1, (a, b) -> a * b)];
            for (int i = 0; i < input.length; i++) {
                input[i] = random.nextFloat();
            }
            inputs.put(model, input);
        });
        return () -> {
            for (FaceModel model : FaceModel.values()) {
                sessions.get(model).run(inputs.get(model));
            }
            sessions.get(FaceModel.EYE).run(inputs.get(FaceModel.EYE)); // one call per eye
        };
    }

    private static double threadsThroughput(Runnable task, int threads, double seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        List<Thread> running = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread thread = new Thread(() -> {
                while (System.nanoTime() < end) {
                    task.run();
                    done.incrementAndGet();
                }
            });
            thread.start();
            running.add(thread);
        }
        for (Thread thread : running) {
            thread.join();
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    /** Keeps the pool's workers busy (two requests in flight per worker) and counts completed verifications. */
    private static double poolThroughput(FaceAnalysisPool pool, byte[] selfie, float[] reference,
                                         FaceMatchPolicy match, int workers, double seconds)
            throws InterruptedException {
        Semaphore inFlight = new Semaphore(workers * 2);
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<CompletableFuture<?>> last = new ArrayList<>();
        while (System.nanoTime() < end) {
            inFlight.acquire();
            CompletableFuture<FaceAnalysis> future = pool.analyze(selfie);
            last.add(future.whenComplete((analysis, error) -> {
                if (error == null) {
                    match.compare(analysis.face().embedding(), reference);
                    done.incrementAndGet();
                }
                inFlight.release();
            }));
            if (last.size() > 64) {
                last.remove(0);
            }
        }
        CompletableFuture.allOf(last.toArray(CompletableFuture[]::new)).join();
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }


    /** The selfie's B,G,R bytes in an array this program owns (ImageIO decodes JPEGs as 3-byte BGR). */
    private static byte[] pixelsOf(byte[] jpeg) throws java.io.IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(jpeg));
        if (image.getType() != java.awt.image.BufferedImage.TYPE_3BYTE_BGR) {
            throw new IllegalStateException("expected a 3-byte BGR JPEG, got image type " + image.getType());
        }
        return ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }

    private static void print(String name, LatencyStats stats) {
        System.out.printf(Locale.ROOT, "  %-27s %7.2f %7.2f %7.2f %7.2f%n", name, stats.mean(), stats.p50(),
                stats.p95(), stats.cpuMean());
    }




    private FaceBenchmark() {
    }
}
