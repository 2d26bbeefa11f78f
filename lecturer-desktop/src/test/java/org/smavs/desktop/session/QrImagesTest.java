package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The projector's QR must decode back to exactly the server's token, as a phone would read it. */
@ExtendWith(ApplicationExtension.class)
class QrImagesTest {

    @Test
    void theRenderedCodeDecodesToTheToken() throws Exception {
        String token = "v1.42.1732543200.q9XbT2.Hk3-signature_part";
        WritableImage image = QrImages.render(token, 600);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);

        String decoded = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(width, height, pixels)))).getText();

        assertThat(decoded).isEqualTo(token);
        assertThat(width).isGreaterThanOrEqualTo(600);
    }
}
