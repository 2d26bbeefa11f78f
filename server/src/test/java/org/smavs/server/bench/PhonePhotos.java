package org.smavs.server.bench;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * Phone-like photos made from a public-domain test portrait: the portrait filling a portrait-format frame,
 * with sensor-like noise so the JPEG is as large as a real phone photo's (a smooth upscale compresses far
 * better than a photo and would flatter the decoder).
 */
public final class PhonePhotos {
    private PhonePhotos() {
    }

    public record Photo(String name, String contentType, byte[] bytes, int width, int height) {
        @Override
        public String toString() {
            return name + " (" + width + "×" + height + ", " + bytes.length / 1024 + " KB)";
        }
    }

    public static Photo jpeg(byte[] portrait, String name, int width, int height) {
        return new Photo(name, "image/jpeg", encode(noisy(portrait, width, height), "jpeg"), width, height);
    }

    public static Photo png(byte[] portrait, String name, int width, int height) {
        return new Photo(name, "image/png", encode(noisy(portrait, width, height), "png"), width, height);
    }

    private static BufferedImage noisy(byte[] portrait, int width, int height) {
        try {
            BufferedImage source = ImageIO.read(new ByteArrayInputStream(portrait));
            BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = frame.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            double scale = Math.max(width / (double) source.getWidth(), height / (double) source.getHeight());
            int w = (int) Math.round(source.getWidth() * scale);
            int h = (int) Math.round(source.getHeight() * scale);
            g.drawImage(source, (width - w) / 2, (height - h) / 2, w, h, null);
            g.dispose();
            byte[] pixels = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
            Random random = new Random(width * 31L + height);
            for (int i = 0; i < pixels.length; i++) {
                pixels[i] = (byte) Math.max(0, Math.min(255, (pixels[i] & 0xff) + random.nextInt(13) - 6));
            }
            return frame;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (format.equals("png")) {
                ImageIO.write(image, "png", out);
                return out.toByteArray();
            }
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
                writer.setOutput(output);
                ImageWriteParam params = writer.getDefaultWriteParam();
                params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                params.setCompressionQuality(0.92f); // what phone cameras typically write
                writer.write(null, new IIOImage(image, null, null), params);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
