package org.smavs.kiosk.checkin;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds a phone's check-in pass (a QR code) in a camera frame. CPU-bound: run it on a worker thread. */
public final class PassScanner {
    private final Map<DecodeHintType, Object> hints = Map.of(
            DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE),
            DecodeHintType.TRY_HARDER, Boolean.TRUE);

    public Optional<String> scan(BufferedImage frame) {
        if (frame == null) {
            return Optional.empty();
        }
        MultiFormatReader reader = new MultiFormatReader();
        reader.setHints(hints);
        try {
            Result result = reader.decodeWithState(
                    new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(frame))));
            String text = result.getText();
            return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.trim());
        } catch (NotFoundException nothingThere) {
            return Optional.empty();
        }
    }
}
