package org.smavs.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smavs.server.error.DomainException;

/**
 * Every file of the hostile corpus through the whole image intake (size sniffing, header checks, EXIF, bounded
 * decoding): each is either refused with a client error that says why, or decoded within the pixel bound. None
 * throws anything else, none takes long.
 */
class ImageIntakeHostileFilesTest {
    private final ImageUploads uploads = new ImageUploads(5L * 1024 * 1024, List.of("image/jpeg", "image/png"));

    @Test
    void everyHostileFileIsRefusedCleanlyOrDecodedWithinBounds() {
        for (Map.Entry<String, byte[]> file : HostileFiles.all().entrySet()) {
            long started = System.nanoTime();
            Outcome outcome = intake(file.getValue());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertThat(outcome.problem()).as(file.getKey()).isNull();
            assertThat(millis).as(file.getKey() + " took " + millis + " ms").isLessThan(2_000);
            if (outcome.refusal() != null) {
                assertThat(outcome.refusal().status()).as(file.getKey()).isBetween(400, 499);
                assertThat(outcome.refusal().getMessage()).as(file.getKey()).isNotBlank();
            } else {
                assertThat((long) outcome.image().width() * outcome.image().height()).as(file.getKey())
                        .isLessThanOrEqualTo(ImageUploads.MAX_PIXELS);
            }
            ExifOrientation.of(file.getValue()); // never throws, never loops
        }
    }

    private record Outcome(CheckedImage image, DomainException refusal, Throwable problem) {
    }

    private Outcome intake(byte[] data) {
        try {
            return new Outcome(uploads.decode(uploads.inspect("selfie", data)), null, null);
        } catch (DomainException refusal) {
            return new Outcome(null, refusal, null);
        } catch (Throwable problem) {
            return new Outcome(null, null, problem);
        }
    }
}
