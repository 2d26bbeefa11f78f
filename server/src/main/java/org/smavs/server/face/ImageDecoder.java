package org.smavs.server.face;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes JPEG/PNG bytes into a {@link BgrImage}.
 *
 * <p>Reads through an in-memory stream (ImageIO's default stream would spill to a temp file per call) and
 * lets the codec skip pixels of very large photos: faces in a 12-megapixel selfie need nowhere near that
 * resolution, and decoding it in full would dominate the verification time. Refuses absurd dimensions
 * before decoding so a small malicious file cannot allocate gigabytes.
 *
 * <p>EXIF orientation is not applied: clients must send upright images.
 */
public final class ImageDecoder {
    private static final long MAX_SOURCE_PIXELS = 50_000_000L;

    private final int maxDecodedSide;

    /** @param maxDecodedSide images whose longer side exceeds this are subsampled while decoding */
    public ImageDecoder(int maxDecodedSide) {
        if (maxDecodedSide < 320) {
            throw new IllegalArgumentException("maxDecodedSide must be at least the detector width (320)");
        }
        this.maxDecodedSide = maxDecodedSide;
    }

    public ImageDecoder() {
        this(1600);
    }

    public BgrImage decode(byte[] imageBytes) {
        if (imageBytes == null || imageBytes.length == 0) {
            throw new UnreadableImageException("The image is empty");
        }
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(imageBytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UnreadableImageException("The image format is not recognised (JPEG or PNG expected)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_SOURCE_PIXELS) {
                    throw new UnreadableImageException("The image is too large: " + width + "x" + height);
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.max(width, height) / (double) maxDecodedSide);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return toBgr(reader.read(0, param));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UnreadableImageException unreadable) {
                throw unreadable;
            }
            throw new UnreadableImageException("The image could not be decoded: " + e.getMessage(), e);
        }
    }

    /** Converts any decoded image (grey, palette, alpha, RGB) to BGR floats. */
    public static BgrImage toBgr(BufferedImage image) {
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            try {
                // transparent areas become white, as a browser would show them
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] bytes = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        float[] pixels = new float[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pixels[i] = bytes[i] & 0xFF;
        }
        return new BgrImage(bgr.getWidth(), bgr.getHeight(), pixels);
    }
}
