package org.smavs.server.upload;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.smavs.server.error.DomainException;

/**
 * Jazzer fuzzing of the image intake (EXIF parser, size sniffing, header checks, bounded decode). In a normal
 * test run it replays the inputs it has collected; with {@code JAZZER_FUZZ=1} it fuzzes for 30 s (scripts/test.sh
 * runs one such bounded session after the build; scripts/fuzz.sh runs as many as asked). The hand-made hostile
 * corpus goes through the same intake in {@link ImageIntakeHostileFilesTest}.
 * Anything but a clean refusal ({@link DomainException}) or a decoded picture is a finding.
 */
class ImageIntakeFuzzTest {
    private static final ImageUploads UPLOADS = new ImageUploads(5L * 1024 * 1024, List.of("image/jpeg", "image/png"));

    @FuzzTest(maxDuration = "30s")
    void theIntakeRefusesOrDecodesAnything(byte[] data) {
        ExifOrientation.of(data);
        try {
            CheckedImage image = UPLOADS.decode(UPLOADS.inspect("selfie", data));
            if ((long) image.width() * image.height() > ImageUploads.MAX_PIXELS) {
                throw new IllegalStateException("decoded beyond the pixel bound: " + image.width() + "x" + image.height());
            }
        } catch (DomainException refusal) {
            // the expected outcome for nearly every input: a 4xx with a reason
        }
    }
}
