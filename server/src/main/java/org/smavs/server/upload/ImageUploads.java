package org.smavs.server.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.PayloadTooLargeException;
import org.smavs.server.error.RuleViolationException;
import org.smavs.server.error.ServiceUnavailableException;
import org.smavs.server.error.UnsupportedMediaException;
import org.smavs.server.face.ImageDecoder;

/**
 * Checks an uploaded image by its content, never by the client's header or file name, in two steps so that a
 * use case can check everything cheap first:
 * <ol>
 *   <li>{@link #inspect}: size limit, magic bytes, pixel count read from the header — a decompression bomb is
 *       refused here, before anything is allocated for its pixels;</li>
 *   <li>{@link #decode}: decodes once, subsampled while decoding to at most {@link #MAX_SIDE} pixels on the
 *       longer side (what the face models and a reviewer need), turns a sideways phone JPEG upright by its EXIF
 *       orientation ({@link ExifOrientation}), refuses corrupt or truncated data, and re-encodes as JPEG for
 *       storage, which drops EXIF/GPS metadata and trailing bytes.</li>
 * </ol>
 * At most one decode per core runs at a time, and at most {@link #PICTURE_SLOTS_PER_CORE} per core check-ins
 * hold decoded pictures at once ({@link #withPictureSlot}: decode, face analysis, done), so a burst of large
 * photos waits here holding only its compressed bytes instead of exhausting memory or overflowing the face
 * engine's queue; a request that cannot start within {@link #DECODE_WAIT} gets 503 and may retry.
 */
public final class ImageUploads {
    public static final long MAX_PIXELS = 40_000_000L;
    /** The face engine's own working size: decoding more pixels would be thrown away. */
    public static final int MAX_SIDE = 1600;
    public static final String IMAGE_INVALID = "IMAGE_INVALID";
    private static final Duration DECODE_WAIT = Duration.ofSeconds(20);
    private static final float STORED_JPEG_QUALITY = 0.9f;
    /** Enough to keep every face worker busy while the next pictures decode, few enough to bound memory. */
    private static final int PICTURE_SLOTS_PER_CORE = 4;

    private final long maxBytes;
    private final List<String> allowedTypes;
    private final Semaphore decoding;
    private final Semaphore pictureSlots;

    public ImageUploads(long maxBytes, List<String> allowedTypes, int concurrentDecodes) {
        this.maxBytes = maxBytes;
        this.allowedTypes = List.copyOf(allowedTypes);
        this.decoding = new Semaphore(concurrentDecodes, true);
        this.pictureSlots = new Semaphore(concurrentDecodes * PICTURE_SLOTS_PER_CORE, true);
    }

    /**
     * Runs {@code work} (decoding pictures and analysing them) once one of the bounded picture slots is free;
     * waits in line up to {@link #DECODE_WAIT}, then answers 503.
     */
    public <T> T withPictureSlot(java.util.function.Supplier<T> work) {
        acquire(pictureSlots);
        try {
            return work.get();
        } finally {
            pictureSlots.release();
        }
    }

    public ImageUploads(long maxBytes, List<String> allowedTypes) {
        this(maxBytes, allowedTypes, Runtime.getRuntime().availableProcessors());
    }

    /** Both steps at once, for use cases with nothing cheaper to check first. */
    public CheckedImage check(String field, byte[] data) {
        return decode(inspect(field, data));
    }

    /** The cheap checks: no pixel is decoded. */
    public UploadedImage inspect(String field, byte[] data) {
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
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(data))) {
            ImageReader reader = readerFor(input, field);
            try {
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_PIXELS) {
                    throw new PayloadTooLargeException(field + " is " + width + "×" + height
                            + " pixels; the limit is " + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                if (width < 1 || height < 1) {
                    throw invalid(field);
                }
                return new UploadedImage(field, data, type, width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw asDomainError(e, field);
        }
    }

    /** Decodes once (bounded concurrency), upright, subsampled, and re-encoded as JPEG for storage. */
    public CheckedImage decode(UploadedImage image) {
        acquire(decoding);
        try {
            BufferedImage decoded = read(image);
            if (image.contentType().equals("image/jpeg")) {
                decoded = ExifOrientation.upright(decoded, ExifOrientation.of(image.data()));
            }
            BufferedImage bgr = ImageDecoder.toBgrLayout(decoded);
            return new CheckedImage(jpeg(bgr), "image/jpeg", bgr.getWidth(), bgr.getHeight(), bgr);
        } catch (IOException | RuntimeException e) {
            throw asDomainError(e, image.field());
        } finally {
            decoding.release();
        }
    }

    private BufferedImage read(UploadedImage image) throws IOException {
        if (image.contentType().equals("image/jpeg") && !endsWithEndOfImage(image.data())) {
            throw invalid(image.field()); // a JPEG cut short decodes "successfully" with grey rows: refuse it
        }
        try (ImageInputStream input = new MemoryCacheImageInputStream(new ByteArrayInputStream(image.data()))) {
            ImageReader reader = readerFor(input, image.field());
            List<String> warnings = new ArrayList<>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            try {
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.max(image.width(), image.height()) / (double) MAX_SIDE);
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                BufferedImage decoded = reader.read(0, param);
                if (!warnings.isEmpty()) {
                    throw invalid(image.field()); // e.g. "premature end of data segment"
                }
                return decoded;
            } finally {
                reader.dispose();
            }
        }
    }

    private static void acquire(Semaphore permits) {
        try {
            if (!permits.tryAcquire(DECODE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ServiceUnavailableException("The server is busy checking photos; please try again in a moment");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("The server is shutting down; please try again in a moment");
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

    /** A complete JPEG ends with the end-of-image marker, possibly followed by padding or a trailer. */
    private static boolean endsWithEndOfImage(byte[] data) {
        for (int i = data.length - 2; i >= 2 && i >= data.length - 64 * 1024; i--) {
            if ((data[i] & 0xff) == 0xFF && (data[i + 1] & 0xff) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static ImageReader readerFor(ImageInputStream input, String field) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        if (input == null || !readers.hasNext()) {
            throw invalid(field);
        }
        ImageReader reader = readers.next();
        reader.setInput(input, true, true);
        return reader;
    }

    private static byte[] jpeg(BufferedImage bgr) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bgr.getWidth() * bgr.getHeight() / 4);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam params = writer.getDefaultWriteParam();
            params.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            params.setCompressionQuality(STORED_JPEG_QUALITY);
            writer.write(null, new IIOImage(bgr, null, null), params);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** "JPEG or PNG" for people, from the configured content types. */
    private static String describe(List<String> types) {
        return String.join(" or ", types.stream().map(t -> t.substring(t.indexOf('/') + 1).toUpperCase()).toList());
    }

    /** Codecs throw assorted exceptions on corrupt data; all mean the same to the client: 422. */
    private static DomainException asDomainError(Exception e, String field) {
        if (e instanceof DomainException domain) {
            return domain;
        }
        return invalid(field);
    }

    private static RuleViolationException invalid(String field) {
        return new RuleViolationException(IMAGE_INVALID, field + " is not a readable image (corrupt or truncated)");
    }
}
