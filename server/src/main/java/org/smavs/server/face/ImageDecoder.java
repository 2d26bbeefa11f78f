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
 * <p>EXIF orientation is not applied here: uploads are turned upright and re-encoded without it when they are
 * checked ({@code org.smavs.server.upload.ImageUploads}), before they reach the engine.
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
                // the decoded image is ours alone, so its pixel array can be taken without a copy
                return wrap(toBgrLayout(reader.read(0, param)), false);
            } finally {
                reader.dispose();
            }
        } catch (UnreadableImageException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // codecs throw assorted runtime exceptions on corrupt data; all mean the same to the caller
            throw new UnreadableImageException("The image could not be decoded: " + e.getMessage(), e);
        }
    }

    /** Copies any image (grey, palette, alpha, RGB) into a {@link BgrImage}. */
    public static BgrImage toBgr(BufferedImage image) {
        return wrap(toBgrLayout(image), true);
    }

    /**
     * A {@link BgrImage} over an image the caller hands over and will not change: a plain 3-byte BGR image's
     * pixels are used as they are (no copy); any other layout is converted.
     */
    public static BgrImage adopt(BufferedImage image) {
        return isPlainBgr(image) ? wrap(image, false) : wrap(toBgrLayout(image), false);
    }

    private static BgrImage wrap(BufferedImage bgr, boolean copy) {
        byte[] bytes = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        return new BgrImage(bgr.getWidth(), bgr.getHeight(), copy ? bytes.clone() : bytes);
    }

    /**
     * The image itself when it is already plain 3-byte BGR (what the engine reads without a copy), else a BGR
     * copy; transparent areas become white, as a browser would show them.
     */
    public static BufferedImage toBgrLayout(BufferedImage image) {
        BufferedImage bgr = image;
        if (!isPlainBgr(image)) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            try {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        return bgr;
    }

    /** 3-byte BGR whose buffer holds exactly this image from offset 0 (not a view into a larger one). */
    private static boolean isPlainBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight() * 3;
    }
}
