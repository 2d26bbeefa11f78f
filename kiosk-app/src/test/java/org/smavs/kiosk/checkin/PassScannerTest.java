package org.smavs.kiosk.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.testing.TestPictures;

class PassScannerTest {
    @TempDir
    Path dir;

    @Test
    void readsThePassQrFromACameraPicture() throws Exception {
        Path picture = TestPictures.passQr(dir, "pass.png", "eyJzdHVkZW50X2lkIjo3fQ.c2lnbmF0dXJl");

        assertThat(new PassScanner().scan(ImageIO.read(picture.toFile())))
                .contains("eyJzdHVkZW50X2lkIjo3fQ.c2lnbmF0dXJl");
    }

    @Test
    void findsNothingInAPictureWithoutAQr() throws Exception {
        Path picture = TestPictures.scene(dir, "scene.png", 120);

        assertThat(new PassScanner().scan(ImageIO.read(picture.toFile()))).isEmpty();
    }
}
