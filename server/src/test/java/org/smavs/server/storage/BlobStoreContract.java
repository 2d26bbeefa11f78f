package org.smavs.server.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.smavs.server.error.NotFoundException;

/** What every {@link BlobStore} must do; run against the local directory and a real S3-compatible server. */
abstract class BlobStoreContract {
    abstract BlobStore store();

    @Test
    void storedBytesComeBackUnchangedAndDeleteRemovesThem() {
        byte[] data = "selfie-bytes-\u00e9".getBytes(StandardCharsets.UTF_8);
        store().put("selfies/1/a.jpg", data, "image/jpeg");
        assertThat(store().get("selfies/1/a.jpg")).isEqualTo(data);
        store().put("selfies/1/a.jpg", new byte[] {1, 2, 3}, "image/jpeg");
        assertThat(store().get("selfies/1/a.jpg")).containsExactly(1, 2, 3);
        store().delete("selfies/1/a.jpg");
        assertThatThrownBy(() -> store().get("selfies/1/a.jpg")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void unknownKeysAreNotFoundAndDeletingThemIsHarmless() {
        assertThatThrownBy(() -> store().get("nothing/here.jpg")).isInstanceOf(NotFoundException.class);
        store().delete("nothing/here.jpg");
    }

    @Test
    void largeObjectsRoundTrip() {
        byte[] data = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(data);
        store().put("big/object.bin", data, "application/octet-stream");
        assertThat(store().get("big/object.bin")).isEqualTo(data);
    }
}
