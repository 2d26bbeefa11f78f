package org.smavs.server.bench;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.smavs.server.face.FaceAnalysis;
import org.smavs.server.face.FaceImages;
import org.smavs.server.face.FaceMatchPolicy;
import org.smavs.server.face.FaceModels;
import org.smavs.server.face.OnnxFaceEngine;

/**
 * Measures how well the pipeline separates people on a folder of photos laid out as
 * {@code <folder>/<person>/<image>}: same-person and different-person similarity distributions, the false
 * accept / false reject rates at a threshold, and a suggested threshold. Use it to calibrate
 * {@link FaceMatchPolicy} on photos from your own cameras.
 *
 * <pre>
 * args: &lt;folder&gt; [threshold]           evaluate a folder
 *       --build-demo &lt;folder&gt;           write variants of the two committed portraits into a folder
 * </pre>
 */
public final class FaceAccuracyHarness {

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--build-demo")) {
            int written = buildDemoFolder(Path.of(args[1]));
            System.out.printf(Locale.ROOT, "Wrote %d images into %s%n", written, args[1]);
            return;
        }
        if (args.length < 1) {
            System.out.println("usage: FaceAccuracyHarness <folder> [threshold] | --build-demo <folder>");
            return;
        }
        double threshold = args.length > 1 ? Double.parseDouble(args[1]) : FaceMatchPolicy.DEFAULT_THRESHOLD;
        FaceModels models = FaceModels.locate(modelDirectory());
        try (OnnxFaceEngine engine = OnnxFaceEngine.load(models)) {
            evaluate(engine, Path.of(args[0]), threshold);
        }
    }

    private static void evaluate(OnnxFaceEngine engine, Path folder, double threshold) throws IOException {
        List<Sample> samples = new ArrayList<>();
        int skipped = 0;
        for (Path image : images(folder)) {
            FaceAnalysis analysis = engine.analyze(Files.readAllBytes(image));
            if (analysis.faceCount() != 1) {
                System.out.printf(Locale.ROOT, "  skipped %s: %d faces%n", folder.relativize(image), analysis.faceCount());
                skipped++;
                continue;
            }
            samples.add(new Sample(image.getParent().getFileName().toString(), image, analysis.face().embedding()));
        }
        List<Double> same = new ArrayList<>();
        List<Double> different = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            for (int j = i + 1; j < samples.size(); j++) {
                double similarity = FaceMatchPolicy.cosineSimilarity(samples.get(i).embedding(),
                        samples.get(j).embedding());
                (samples.get(i).person().equals(samples.get(j).person()) ? same : different).add(similarity);
            }
        }
        long people = samples.stream().map(Sample::person).distinct().count();
        System.out.printf(Locale.ROOT, "Face accuracy on %s: %d images of %d people (%d skipped), models %s%n",
                folder, samples.size(), people, skipped, engine.modelVersion());
        System.out.printf(Locale.ROOT, "  pairs: %d same-person, %d different-person%n", same.size(), different.size());
        printDistribution("same-person", same);
        printDistribution("different-person", different);
        double falseAccepts = different.stream().filter(s -> s >= threshold).count();
        double falseRejects = same.stream().filter(s -> s < threshold).count();
        System.out.printf(Locale.ROOT, "  at threshold %.3f: FAR %.2f %% (%d/%d), FRR %.2f %% (%d/%d)%n", threshold,
                percent(falseAccepts, different.size()), (long) falseAccepts, different.size(),
                percent(falseRejects, same.size()), (long) falseRejects, same.size());
        System.out.println("  " + suggestThreshold(same, different));
    }

    private static String suggestThreshold(List<Double> same, List<Double> different) {
        if (same.isEmpty() || different.isEmpty()) {
            return "suggested threshold: need both same-person and different-person pairs";
        }
        double minSame = same.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double maxDifferent = different.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        if (minSame > maxDifferent) {
            return String.format(Locale.ROOT, "suggested threshold: %.3f (midpoint of the gap %.3f–%.3f; "
                    + "no errors on this set — prefer the upper part of the gap to favour security)",
                    (minSame + maxDifferent) / 2, maxDifferent, minSame);
        }
        // overlapping: minimise total errors on a 0.005 grid
        double best = 0;
        long bestErrors = Long.MAX_VALUE;
        for (double t = -0.2; t <= 1.0; t += 0.005) {
            final double threshold = t;
            long errors = different.stream().filter(s -> s >= threshold).count()
                    + same.stream().filter(s -> s < threshold).count();
            if (errors < bestErrors) {
                bestErrors = errors;
                best = t;
            }
        }
        return String.format(Locale.ROOT, "suggested threshold: %.3f (distributions overlap; %d errors there)",
                best, bestErrors);
    }

    private static void printDistribution(String name, List<Double> values) {
        if (values.isEmpty()) {
            System.out.printf(Locale.ROOT, "  %-17s (none)%n", name);
            return;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-17s min %.3f  p5 %.3f  median %.3f  p95 %.3f  max %.3f%n", name,
                sorted[0], percentile(sorted, 5), percentile(sorted, 50), percentile(sorted, 95),
                sorted[sorted.length - 1]);
        int[] histogram = new int[10];
        for (double v : sorted) {
            histogram[Math.max(0, Math.min(9, (int) Math.floor(v * 10)))]++;
        }
        StringBuilder bars = new StringBuilder("    histogram (0.1 bins from 0.0, negatives in the first):");
        for (int count : histogram) {
            bars.append(' ').append(count);
        }
        System.out.println(bars);
    }

    /** Variants of both portraits (the transformations the tests use) as person/file.png. */
    static int buildDemoFolder(Path folder) throws IOException {
        int written = 0;
        for (String portrait : List.of(FaceImages.ASTRONAUT, FaceImages.GRACE_HOPPER)) {
            Path person = folder.resolve(portrait.substring(0, portrait.indexOf('.')));
            Files.createDirectories(person);
            BufferedImage p = FaceImages.portrait(portrait);
            List<BufferedImage> variants = List.of(p, FaceImages.mirror(p), FaceImages.scale(p, 0.5),
                    FaceImages.scale(p, 1.5), FaceImages.rotate(p, 15), FaceImages.rotate(p, -15),
                    FaceImages.rotate(p, 8), FaceImages.brightness(p, 1.3), FaceImages.brightness(p, 0.6),
                    FaceImages.blur(p, 1), FaceImages.crop(p, 60, 20, 400, 440), FaceImages.onScreen(p),
                    FaceImages.blur(p, 2), FaceImages.brightness(p, 0.3));
            for (int i = 0; i < variants.size(); i++) {
                Files.write(person.resolve(String.format(Locale.ROOT, "v%02d.png", i)), FaceImages.png(variants.get(i)));
                written++;
            }
            Files.write(person.resolve("v98-jpeg30.jpg"), FaceImages.jpeg(p, 0.3f));
            Files.write(person.resolve("v99-jpeg05.jpg"), FaceImages.jpeg(p, 0.05f));
            written += 2;
        }
        return written;
    }

    private static List<Path> images(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder, 2)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(jpe?g|png)"))
                    .filter(f -> !f.getParent().equals(folder))
                    .sorted().toList();
        }
    }

    private static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double percent(double part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }

    private static Path modelDirectory() {
        String configured = System.getProperty("smavs.models.dir");
        return configured != null && !configured.isBlank() ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "smavs", "models");
    }

    private record Sample(String person, Path file, float[] embedding) {
        @Override
        public String toString() {
            return person + "/" + file.getFileName();
        }
    }

    private FaceAccuracyHarness() {
    }
}
