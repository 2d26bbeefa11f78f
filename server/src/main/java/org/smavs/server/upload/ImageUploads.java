package org.smavs.server.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.UnsupportedMediaException;

/**
 * Checks an uploaded image by its content, never by the client's header or file name: size limit, magic
 * bytes, pixel count read from the header before decoding (so a decompression bomb is refused without
 * allocating it), then decodes and re-encodes, which drops EXIF/GPS metadata and any trailing bytes. A JPEG
 * that a phone stored sideways with an EXIF orientation is turned upright first ({@link ExifOrientation}), so
 * the face pipeline and the lecturer see what the student saw.
 */
public final class ImageUploads {
    public static final long MAX_PIXELS = 40_000_000L;
    public static final String IMAGE_INVALID = "IMAGE_INVALID";

    private final long maxBytes;
    private final List<String> allowedTypes;

    public ImageUploads(long maxBytes, List<String> allowedTypes) {
        this.maxBytes = maxBytes;
        this.allowedTypes = List.copyOf(allowedTypes);
    }

    public CheckedImage check(String field, byte[] data) {
        if (data == null || data.length == 0) {
            throw new RuleViolationException(IMAGE_INVALID, field + " is empty");
        }
        if (data.length > maxBytes) {
            throw new PayloadTooLargeException(field + " is larger than the " + maxBytes / (1024 * 1024) + " MB limit");
        }
        String type = sniff(data);
        if (type == null || !allowedTypes.contains(type)) {
            throw new UnsupportedMediaException(field + " must be a " + describe(allowedTypes) + " image (its content is "
                    + (type == null ? "not an image" : describe(List.of(type))) + ")");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw invalid(field);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new PayloadTooLargeException(field + " is " + width + "×" + height
                            + " pixels; the limit is " + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                BufferedImage image = reader.read(0);
                if (type.equals("image/jpeg")) {
                    image = ExifOrientation.upright(image, ExifOrientation.of(data));
                }
                return new CheckedImage(reencode(image, type), type, image.getWidth(), image.getHeight(), data);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof org.smavs.server.error.DomainException domain) {
                throw domain;
            }
            throw invalid(field);
        }
    }

    /** The content type from the first bytes, or null when it is neither JPEG nor PNG. */
    public static String sniff(byte[] data) {
        if (data.length >= 3 && (data[0] & 0xff) == 0xFF && (data[1] & 0xff) == 0xD8 && (data[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (data.length >= 8 && (data[0] & 0xff) == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G') {
            return "image/png";
        }
        return null;
    }

    /** "JPEG or PNG" for people, from the configured content types. */
    private static String describe(List<String> types) {
        return String.join(" or ", types.stream().map(t -> t.substring(t.indexOf('/') + 1).toUpperCase()).toList());
    }

    private static byte[] reencode(BufferedImage image, String type) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (type.equals("image/png")) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        }
        BufferedImage rgb = image;
        if (image.getType() != BufferedImage.TYPE_INT_RGB && image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(image, 0, 0, null);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam params = writer.getDefaultWriteParam();
            params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            params.setCompressionQuality(0.92f);
            writer.write(null, new IIOImage(rgb, null, null), params);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static RuleViolationException invalid(String field) {
        return new RuleViolationException(IMAGE_INVALID, field + " is not a readable image (corrupt or truncated)");
    }

}
