package org.smavs.server.storage;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest extends BlobStoreContract {
    @TempDir
    Path dir;

    @Override
    BlobStore store() {
        return new LocalBlobStore(dir);
    }

    @Test
    void keysCannotEscapeTheStorageDirectory() {
        assertThatThrownBy(() -> store().put("../outside.jpg", new byte[] {1}, "image/jpeg"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
