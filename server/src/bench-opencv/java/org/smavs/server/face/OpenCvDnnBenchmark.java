package org.smavs.server.face;

import org.smavs.server.bench.LatencyStats;
import ai.onnxruntime.OrtEnvironment;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * Issue 4: ONNX Runtime (the production engine) vs OpenCV DNN (bytedeco) on the same six models and the same
 * input tensors — the ones the pipeline itself produces for {@code grace_hopper.jpg}. Only built with the
 * {@code bench-opencv} Maven profile (bytedeco is not a dependency of the server). Run:
 * <pre>
 * ./mvnw -q -pl server -Pbench-opencv test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=org.smavs.server.face.OpenCvDnnBenchmark [-Dexec.args="4 2"]
 * </pre>
 * Arguments: seconds per throughput round (default 4), workers (default 2). Model directory from
 * {@code -Dsmavs.models.dir}, else {@code ~/.cache/smavs/models}.
 *
 * <p>It lives in {@code org.smavs.server.face} only to reach the package-private {@code prepareInput} methods,
 * so the tensors are exactly the pipeline's. ONNX Runtime runs through the pipeline's own {@link OnnxModel}
 * (shared thread-safe sessions, one intra-op thread, spinning off, per-model optimisation level). OpenCV DNN
 * runs with {@code setNumThreads(1)}, the default OpenCV backend on the CPU, and one {@link Net} per worker,
 * because a Net is not thread-safe. Both sides copy the float input in and every output out per call.
 */
public final class OpenCvDnnBenchmark {
    private static final int LATENCY_RUNS = 200;
    private static final int ROUNDS = 3;
    /** OpenCV must beat ONNX Runtime by more than this on both set latency and throughput to be called faster. */
    private static final double CLEAR_MARGIN = 0.10;

    public static void main(String[] args) throws Exception {
        double secondsPerRound = args.length > 0 ? Double.parseDouble(args[0]) : 4;
        int workers = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        FaceModels models = FaceModels.locate(LatencyStats.modelDirectory());

        long t0 = System.nanoTime();
        Map<FaceModel, OnnxModel> ort = new EnumMap<>(FaceModel.class);
        for (FaceModel model : FaceModel.values()) {
            ort.put(model, OnnxModel.load(models, model));
        }
        double ortLoadMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        Loader.load(opencv_dnn.class);
        opencv_core.setNumThreads(1);
        double ocvNativesMs = (System.nanoTime() - t0) / 1e6;
        t0 = System.nanoTime();
        OcvNets mainNets = new OcvNets(models);
        double ocvLoadMs = (System.nanoTime() - t0) / 1e6;

        System.out.printf(Locale.ROOT, "SMAVS face engines: ONNX Runtime vs OpenCV DNN — %s, %d cores, %s, Java %s%n",
                LocalDate.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.arch"),
                System.getProperty("java.version"));
        System.out.printf(Locale.ROOT, "ONNX Runtime %s | OpenCV %s (bytedeco 1.5.11, setNumThreads(1) -> %d) | models %s%n",
                OrtEnvironment.getEnvironment().getVersion(), opencv_core.getVersionString().getString().trim(),
                opencv_core.getNumThreads(), models.version());
        System.out.printf(Locale.ROOT, "Load: ORT 6 sessions %.0f ms; OpenCV natives %.0f ms + 6 nets %.0f ms; load average at start %.2f%n",
                ortLoadMs, ocvNativesMs, ocvLoadMs, loadAverage());

        // The pipeline's own pre-processing on the benchmark portrait.
        BgrImage image = new ImageDecoder().decode(LatencyStats.resource("/faces/grace_hopper.jpg"));
        FaceBox box = new FaceDetector(ort.get(FaceModel.DETECT)).detect(image).get(0);
        FaceLandmarks points = new LandmarkDetector(ort.get(FaceModel.LANDMARK)).detect(image, box);
        BgrImage aligned = new FaceAligner().align(image, points);
        List<Call> calls = List.of(
                new Call(FaceModel.DETECT, "", detectorInput(image)),
                new Call(FaceModel.LANDMARK, "", LandmarkDetector.prepareInput(image, Crop.around(image, box))),
                new Call(FaceModel.FEATURE, "", FaceEmbedder.prepareInput(aligned)),
                new Call(FaceModel.LIVENESS, "", LivenessDetector.prepareInput(image, box)),
                new Call(FaceModel.EYE, " (left)", EyeStateClassifier.prepareInput(image, points.imageLeftEyeCenter(),
                        points.imageLeftEyeWidth())),
                new Call(FaceModel.EYE, " (right)", EyeStateClassifier.prepareInput(image,
                        points.imageRightEyeCenter(), points.imageRightEyeWidth())),
                new Call(FaceModel.POSE, "", HeadPoseEstimator.prepareInput(image, box)));
        System.out.printf(Locale.ROOT, "Input: grace_hopper.jpg %dx%d, face box %.0f,%.0f-%.0f,%.0f; the pipeline's tensors, "
                + "7 calls per set (eye model once per eye)%n", image.width(), image.height(), box.x1(), box.y1(),
                box.x2(), box.y2());

        boolean agree = agreement(ort, mainNets, calls);

        System.out.printf(Locale.ROOT, "%nLatency, one thread, warm (%d runs after %d warm-up; ms; CPU = calling thread's CPU time):%n",
                LATENCY_RUNS, LATENCY_RUNS / 4);
        System.out.println("  model            ORT mean   p50    p95    CPU | OpenCV mean   p50    p95    CPU | OpenCV/ORT (mean, CPU)");
        for (FaceModel model : FaceModel.values()) {
            Call call = calls.stream().filter(c -> c.model == model).findFirst().orElseThrow();
            LatencyStats a = LatencyStats.measure(() -> ort.get(model).run(call.input), LATENCY_RUNS);
            LatencyStats b = LatencyStats.measure(() -> mainNets.run(model, call.input), LATENCY_RUNS);
            printRow(model.fileName().replace(".onnx", ""), a, b);
        }
        Runnable ortSet = () -> calls.forEach(c -> ort.get(c.model).run(c.input));
        LatencyStats ortSetStats = LatencyStats.measure(ortSet, LATENCY_RUNS);
        LatencyStats ocvSetStats = LatencyStats.measure(() -> calls.forEach(c -> mainNets.run(c.model, c.input)), LATENCY_RUNS);
        printRow("whole set (7)", ortSetStats, ocvSetStats);

        System.out.printf(Locale.ROOT, "%nThroughput, %d workers, model-call sets/s (%d rounds x %.0f s, alternating):%n",
                workers, ROUNDS, secondsPerRound);
        System.out.println("  ORT: sessions shared by the workers; OpenCV: one set of 6 Nets per worker");
        List<OcvNets> perWorker = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            perWorker.add(new OcvNets(models));
        }
        double ortRate = 0;
        double ocvRate = 0;
        for (int round = 0; round < ROUNDS; round++) {
            double a = throughput(w -> ortSet, workers, secondsPerRound);
            double b = throughput(w -> () -> calls.forEach(c -> perWorker.get(w).run(c.model, c.input)), workers,
                    secondsPerRound);
            System.out.printf(Locale.ROOT, "  round %d: ORT %6.1f  OpenCV %6.1f%n", round + 1, a, b);
            ortRate += a / ROUNDS;
            ocvRate += b / ROUNDS;
        }
        System.out.printf(Locale.ROOT, "  mean:    ORT %6.1f  OpenCV %6.1f  OpenCV/ORT %.2f%n", ortRate, ocvRate,
                ocvRate / ortRate);

        double latencyRatio = ocvSetStats.mean() / ortSetStats.mean();
        double cpuRatio = ocvSetStats.cpuMean() / ortSetStats.cpuMean();
        double throughputRatio = ocvRate / ortRate;
        System.out.printf(Locale.ROOT, "%nOpenCV/ORT: set latency %.2f (CPU %.2f), throughput %.2f (>1 = OpenCV faster); "
                + "load average at end %.2f%n", latencyRatio, cpuRatio, throughputRatio, loadAverage());
        boolean openCvClearlyFaster = latencyRatio < 1 - CLEAR_MARGIN && throughputRatio > 1 + CLEAR_MARGIN;
        String verdict;
        if (!agree) {
            verdict = "keep ONNX Runtime (OpenCV DNN outputs do not agree with it)";
        } else if (openCvClearlyFaster) {
            verdict = String.format(Locale.ROOT, "OpenCV DNN is clearly faster (set latency x%.2f, throughput x%.2f): "
                    + "consider switching (not done by this benchmark)", latencyRatio, throughputRatio);
        } else if (latencyRatio > 1 && throughputRatio < 1) {
            verdict = String.format(Locale.ROOT, "keep ONNX Runtime (faster: OpenCV DNN needs x%.2f the time per set "
                    + "and reaches x%.2f the throughput; outputs agree)", latencyRatio, throughputRatio);
        } else {
            verdict = String.format(Locale.ROOT, "keep ONNX Runtime (no clear difference: set latency x%.2f, "
                    + "throughput x%.2f, within %.0f %%)", latencyRatio, throughputRatio, CLEAR_MARGIN * 100);
        }
        System.out.println("Verdict: " + verdict);

        ort.values().forEach(OnnxModel::close);
    }

    /** Max abs difference of every output, plus what the pipeline derives from them; true if all agree. */
    private static boolean agreement(Map<FaceModel, OnnxModel> ort, OcvNets ocv, List<Call> calls) {
        System.out.println("\nAgreement on the same tensors (max |ORT - OpenCV| per output, and derived values):");
        boolean ok = true;
        for (Call call : calls) {
            Map<String, float[]> a = ort.get(call.model).run(call.input);
            Map<String, float[]> b = ocv.run(call.model, call.input);
            if (!a.keySet().equals(b.keySet())) {
                System.out.printf("  %-22s output names differ: ORT %s, OpenCV %s%n", call.label(),
                        new TreeSet<>(a.keySet()), new TreeSet<>(b.keySet()));
                ok = false;
                continue;
            }
            StringBuilder line = new StringBuilder();
            for (String name : new TreeSet<>(a.keySet())) {
                line.append(String.format(Locale.ROOT, "%s[%d] %.2e  ", name, a.get(name).length,
                        maxAbsDiff(a.get(name), b.get(name))));
            }
            switch (call.model) {
                case FEATURE -> {
                    double cosine = cosine(a.get("output"), b.get("output"));
                    ok &= cosine >= 0.999;
                    line.append(String.format(Locale.ROOT, "embedding cosine %.6f (need >= 0.999)", cosine));
                }
                case DETECT -> line.append(String.format(Locale.ROOT, "best face score %.5f / %.5f",
                        bestScore(a.get("scores")), bestScore(b.get("scores"))));
                case LIVENESS -> line.append(String.format(Locale.ROOT, "live %.5f / %.5f",
                        Softmax.of(a.get("output"))[0], Softmax.of(b.get("output"))[0]));
                case EYE -> line.append(String.format(Locale.ROOT, "open %.5f / %.5f",
                        1 - Softmax.of(a.get("output"))[0], 1 - Softmax.of(b.get("output"))[0]));
                case POSE -> line.append(String.format(Locale.ROOT, "yaw %.3f / %.3f deg",
                        angle(a.get("output")), angle(b.get("output"))));
                default -> { }
            }
            System.out.printf("  %-22s %s%n", call.label(), line);
        }
        return ok;
    }

    /**
     * The detector's tensor, from its own (private) letterbox code via reflection, so it is byte for byte the
     * tensor {@link FaceDetector#detect} feeds the model. Done once, outside any timing.
     */
    private static float[] detectorInput(BgrImage image) throws ReflectiveOperationException {
        Class<?> letterbox = Class.forName(FaceDetector.class.getName() + "$Letterbox");
        Method fit = letterbox.getDeclaredMethod("fit", int.class, int.class);
        Method render = letterbox.getDeclaredMethod("render", BgrImage.class);
        fit.setAccessible(true);
        render.setAccessible(true);
        return (float[]) render.invoke(fit.invoke(null, image.width(), image.height()), image);
    }

    /** One Net per model, for one thread at a time; inputs and outputs copied like {@link OnnxModel#run}. */
    private static final class OcvNets {
        private final Map<FaceModel, OcvNet> nets = new EnumMap<>(FaceModel.class);

        OcvNets(FaceModels models) {
            for (FaceModel model : FaceModel.values()) {
                nets.put(model, new OcvNet(models.file(model), inputShape(model)));
            }
        }

        Map<String, float[]> run(FaceModel model, float[] input) {
            return nets.get(model).run(input);
        }

        private static int[] inputShape(FaceModel model) {
            return switch (model) {
                case DETECT -> new int[] {1, 3, FaceDetector.INPUT_HEIGHT, FaceDetector.INPUT_WIDTH};
                case LANDMARK -> new int[] {1, 1, 64, 64};
                case FEATURE -> new int[] {1, 3, FaceAligner.SIZE, FaceAligner.SIZE};
                case LIVENESS -> new int[] {1, 3, 128, 128};
                case EYE -> new int[] {1, 1, 24, 24};
                case POSE -> new int[] {1, 3, 224, 224};
            };
        }
    }

    private static final class OcvNet {
        private final Net net;
        private final Mat input;
        private final FloatPointer inputData;
        private final int inputLength;
        private final StringVector outputNames;
        private final String[] names;
        private final MatVector outputs = new MatVector();

        OcvNet(Path file, int[] shape) {
            net = opencv_dnn.readNetFromONNX(file.toString());
            net.setPreferableBackend(opencv_dnn.DNN_BACKEND_OPENCV);
            net.setPreferableTarget(opencv_dnn.DNN_TARGET_CPU);
            StringVector raw = net.getUnconnectedOutLayersNames();
            names = new String[(int) raw.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = raw.get(i).getString().trim(); // bytedeco returns them with a trailing space
            }
            outputNames = new StringVector(names);
            input = new Mat(shape, opencv_core.CV_32F);
            inputData = new FloatPointer(input.data());
            inputLength = Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        }

        Map<String, float[]> run(float[] values) {
            if (values.length != inputLength) {
                throw new IllegalArgumentException("input has " + values.length + " values, model needs " + inputLength);
            }
            inputData.put(values, 0, inputLength);
            net.setInput(input);
            net.forward(outputs, outputNames);
            Map<String, float[]> result = new LinkedHashMap<>();
            for (int i = 0; i < names.length; i++) {
                Mat out = outputs.get(i);
                if (out.type() != opencv_core.CV_32F || !out.isContinuous()) {
                    throw new IllegalStateException("unexpected output " + names[i] + " type " + out.type());
                }
                float[] copy = new float[(int) out.total()];
                new FloatPointer(out.data()).get(copy);
                result.put(names[i], copy);
            }
            return result;
        }
    }

    private record Call(FaceModel model, String suffix, float[] input) {
        String label() {
            return model.fileName().replace(".onnx", "") + suffix;
        }
    }

    private static double throughput(java.util.function.IntFunction<Runnable> taskForWorker, int workers,
                                     double seconds) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        List<Thread> running = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            Runnable task = taskForWorker.apply(w);
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


    private static void printRow(String name, LatencyStats a, LatencyStats b) {
        System.out.printf(Locale.ROOT, "  %-14s %8.2f %6.2f %6.2f %6.2f | %8.2f %6.2f %6.2f %6.2f | %5.2f %5.2f%n",
                name, a.mean(), a.p50(), a.p95(), a.cpuMean(), b.mean(), b.p50(), b.p95(), b.cpuMean(),
                b.mean() / a.mean(), b.cpuMean() / a.cpuMean());
    }

    private static double maxAbsDiff(float[] a, float[] b) {
        if (a.length != b.length) {
            return Double.POSITIVE_INFINITY;
        }
        double max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
            na += (double) a[i] * a[i];
            nb += (double) b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    private static double bestScore(float[] scores) {
        double best = 0;
        for (int i = 1; i < scores.length; i += 2) {
            best = Math.max(best, scores[i]);
        }
        return best;
    }

    private static double angle(float[] logits) {
        double[] p = Softmax.of(logits);
        double expectation = 0;
        for (int i = 0; i < p.length; i++) {
            expectation += p[i] * i;
        }
        return expectation * 3 - 99;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }




    private OpenCvDnnBenchmark() {
    }
}
