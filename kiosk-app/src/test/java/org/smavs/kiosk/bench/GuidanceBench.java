package org.smavs.kiosk.bench;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import javax.imageio.ImageIO;
import org.smavs.kiosk.KioskUnderLoad;
import org.smavs.kiosk.camera.BrightnessCoach;
import org.smavs.kiosk.camera.Coaching;
import org.smavs.kiosk.camera.FrameCoach;
import org.smavs.kiosk.camera.HaarFramingCoach;
import org.smavs.kiosk.testing.Portraits;
import org.smavs.kiosk.testing.Portraits.Person;
import org.smavs.server.face.FaceEngine;
import org.smavs.server.face.FaceModels;
import org.smavs.server.face.OnnxFaceEngine;

/**
 * Measures the kiosk's framing guidance; a program that prints figures, not a test:
 * <pre>
 * ./mvnw -q -o -pl kiosk-app exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.smavs.kiosk.bench.GuidanceBench
 * </pre>
 * 1. judgements per second of the Haar guidance on 640×480 and 1280×720 frames, one thread, against the old
 * brightness-only coach in the same run; 2. the real kiosk (camera thread, guidance thread, UI, a check-in) with
 * the guidance rate and the longest FX-thread stall ({@link KioskUnderLoad}); 3. the share of pictures the server's
 * face engine answers with no face or several faces, over all pictures and over those each coach accepts (needs the
 * face models: {@code -Dsmavs.models=DIR}, default {@code ~/.cache/smavs/models}; skipped without them).
 */
public final class GuidanceBench {
    private static final long MEASURE_NANOS = 3_000_000_000L;

    private GuidanceBench() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf(Locale.ROOT, "Guidance benchmark, %d CPUs, Java %s%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        FrameCoach kioskCoach = FrameCoach.forKiosk(); // as the kiosk runs it: one OpenCV thread
        HaarFramingCoach haar = (HaarFramingCoach) kioskCoach;
        BrightnessCoach brightness = new BrightnessCoach();

        System.out.println("\n1. Judgements per second, one thread, no UI (mean of a 3 s run after warm-up)");
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            BufferedImage frame = Portraits.good(Person.GRACE_HOPPER, size[0], size[1]);
            double haarRate = rate(() -> haar.assess(frame));
            double baseRate = rate(() -> brightness.assess(frame));
            System.out.printf(Locale.ROOT, "   %4dx%-4d  Haar guidance %6.1f/s (%5.1f ms)   brightness only %8.1f/s"
                            + "   ratio %.3f   verdict %s%n", size[0], size[1], haarRate, 1000 / haarRate, baseRate,
                    haarRate / baseRate, haar.assess(frame));
        }

        System.out.println("\n2. The kiosk running (camera at 30 frames/s, guidance, UI, one check-in by number + PIN);"
                + " baseline: the same kiosk with the brightness-only coach");
        for (int[] size : new int[][] {{640, 480}, {1280, 720}}) {
            BufferedImage frame = Portraits.good(Person.GRACE_HOPPER, size[0], size[1]);
            for (boolean baseline : new boolean[] {true, false}) {
                KioskUnderLoad.Result r = KioskUnderLoad.run(frame, baseline);
                System.out.printf(Locale.ROOT, "   %4dx%-4d %-16s judgements %5.1f/s idle, %5.1f/s during the check-in;"
                                + " camera %4.1f frames/s; longest FX stall in the check-in: pulse gap %5.1f ms,"
                                + " runLater wait %5.1f ms; check-in %.1f s; load average %.1f%n", size[0], size[1],
                        baseline ? "brightness only" : "Haar guidance", r.idleGuidanceRate(), r.checkInGuidanceRate(),
                        r.cameraRate(), r.longestPulseGapMillis(), r.longestRunLaterWaitMillis(), r.checkInSeconds(),
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            }
        }
        KioskUnderLoad.shutdown();

        System.out.println("\n3. Server face engine answers on the demo pictures (before: every picture is sent;"
                + " after: only what the guidance accepts)");
        Path models = Path.of(System.getProperty("smavs.models", System.getProperty("user.home") + "/.cache/smavs/models"));
        if (!Files.isDirectory(models)) {
            System.out.println("   skipped: no face models in " + models);
            return;
        }
        Map<String, BufferedImage> pictures = demoPictures();
        try (FaceEngine engine = OnnxFaceEngine.load(FaceModels.locate(models))) {
            List<String> rows = new ArrayList<>();
            Map<String, Integer> faces = new LinkedHashMap<>();
            for (var entry : pictures.entrySet()) {
                int count = engine.analyze(jpeg(entry.getValue())).faceCount();
                faces.put(entry.getKey(), count);
                rows.add(String.format(Locale.ROOT, "   %-28s server faces %d   brightness-only %-10s guidance %s",
                        entry.getKey(), count, brightness.assess(entry.getValue()), haar.assess(entry.getValue())));
            }
            rows.forEach(System.out::println);
            share("all pictures (no guidance)", pictures, faces, name -> true);
            share("accepted by brightness only (before)", pictures, faces,
                    name -> brightness.assess(pictures.get(name)) == Coaching.OK);
            share("accepted by the Haar guidance (after)", pictures, faces,
                    name -> haar.assess(pictures.get(name)) == Coaching.OK);
            long oneFace = faces.values().stream().filter(count -> count == 1).count();
            long oneFaceAccepted = pictures.keySet().stream().filter(name -> faces.get(name) == 1
                    && haar.assess(pictures.get(name)) == Coaching.OK).count();
            System.out.printf(Locale.ROOT, "   the price: of %d pictures with exactly one face for the server, the guidance"
                    + " accepts %d at once (the rest after its wait, or once the student moves)%n", oneFace, oneFaceAccepted);
        }
    }

    private static void share(String label, Map<String, BufferedImage> pictures, Map<String, Integer> faces,
                              Predicate<String> accepted) {
        List<String> sent = pictures.keySet().stream().filter(accepted).toList();
        long noFace = sent.stream().filter(name -> faces.get(name) == 0).count();
        long several = sent.stream().filter(name -> faces.get(name) > 1).count();
        System.out.printf(Locale.ROOT, "   %-40s %2d pictures: NO_FACE %d, MULTIPLE_FACES %d -> share %.0f%%%n", label,
                sent.size(), noFace, several, sent.isEmpty() ? 0.0 : 100.0 * (noFace + several) / sent.size());
    }

    /** The demo camera's two portraits as they are, and the framings a kiosk camera sees. */
    static Map<String, BufferedImage> demoPictures() {
        Map<String, BufferedImage> pictures = new LinkedHashMap<>();
        for (Person p : Person.values()) {
            String n = p.name().toLowerCase(Locale.ROOT);
            pictures.put(n + " portrait", p.photo());
            pictures.put(n + " good", Portraits.good(p));
            pictures.put(n + " small", Portraits.framed(p, 0.13, 0.5, 0.5));
            pictures.put(n + " too close", Portraits.framed(p, 0.8, 0.5, 0.5));
            pictures.put(n + " off-centre", Portraits.framed(p, 0.32, 0.17, 0.5));
            pictures.put(n + " dark", Portraits.dark(p));
        }
        pictures.put("two side by side", Portraits.sideBySide(Person.ASTRONAUT, Person.GRACE_HOPPER));
        pictures.put("two side by side, swapped", Portraits.sideBySide(Person.GRACE_HOPPER, Person.ASTRONAUT));
        pictures.put("nobody", Portraits.noFace());
        return pictures;
    }

    private static double rate(Runnable work) {
        for (int i = 0; i < 20; i++) {
            work.run();
        }
        long start = System.nanoTime();
        int runs = 0;
        while (System.nanoTime() - start < MEASURE_NANOS) {
            work.run();
            runs++;
        }
        return runs / ((System.nanoTime() - start) / 1e9);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        rgb.createGraphics().drawImage(image, 0, 0, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(rgb, "jpg", out);
        return out.toByteArray();
    }
}
