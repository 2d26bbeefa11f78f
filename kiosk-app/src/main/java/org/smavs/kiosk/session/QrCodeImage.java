package org.smavs.kiosk.session;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;

/**
 * Turns a QR token into a crisp black-on-white image, several whole pixels per module so that scaling it in
 * the view stays sharp. Rendering takes well under a millisecond, so it runs on the FX thread when (and only
 * when) the token changes.
 */
final class QrCodeImage {
    private static final int QUIET_ZONE = 2;
    private static final int TARGET_PIXELS = 640;

    private QrCodeImage() {
    }

    static WritableImage render(String token) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("The QR token is too long to encode", e);
        }
        int scale = Math.max(1, TARGET_PIXELS / matrix.getWidth());
        WritableImage image = new WritableImage(matrix.getWidth() * scale, matrix.getHeight() * scale);
        PixelWriter pixels = image.getPixelWriter();
        for (int y = 0; y < matrix.getHeight() * scale; y++) {
            for (int x = 0; x < matrix.getWidth() * scale; x++) {
                pixels.setArgb(x, y, matrix.get(x / scale, y / scale) ? 0xff000000 : 0xffffffff);
            }
        }
        return image;
    }
}
