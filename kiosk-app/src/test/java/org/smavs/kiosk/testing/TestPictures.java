package org.smavs.kiosk.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Pictures for the file-backed camera: a plain scene, and a phone pass QR held up to the camera. */
public final class TestPictures {
    private TestPictures() {
    }

    public static Path scene(Path folder, String name, int brightness) throws IOException {
        Files.createDirectories(folder);
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(brightness, brightness, brightness));
        g.fillRect(0, 0, 640, 480);
        g.setColor(new Color(Math.min(255, brightness + 60), Math.min(255, brightness + 40), brightness));
        g.fillOval(240, 120, 160, 210);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** A camera picture with {@code text} as a QR in the middle, as a phone would show it. */
    public static Path passQr(Path folder, String name, String text) throws Exception {
        Files.createDirectories(folder);
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 260, 260);
        BufferedImage qr = MatrixToImageWriter.toBufferedImage(matrix);
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 90, 100));
        g.fillRect(0, 0, 640, 480);
        g.setColor(Color.DARK_GRAY);
        g.fillRoundRect(170, 60, 300, 380, 30, 30);
        g.drawImage(qr, 190, 110, null);
        g.dispose();
        Path file = folder.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
