package org.smavs.server.upload;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/**
 * The repository's corpus of hostile uploads, made by code (no third-party files): pixel floods, polyglots,
 * truncated and zero-byte files, other formats dressed as JPEG, EXIF blocks that loop or lie about their sizes.
 * Tests feed every one to the image intake and to the routes that take pictures.
 */
public final class HostileFiles {
    private HostileFiles() {
    }

    public static Map<String, byte[]> all() {
        byte[] jpeg = jpeg(160, 120);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("zero bytes", new byte[0]);
        files.put("one byte", new byte[] {(byte) 0xFF});
        files.put("JPEG signature only", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        files.put("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length / 2));
        files.put("JPEG without end marker", Arrays.copyOf(jpeg, jpeg.length - 2));
        files.put("PNG pixel flood 60000x60000", pngHeaderClaiming(60_000, 60_000));
        files.put("PNG 1x1000000", pngHeaderClaiming(1, 1_000_000));
        files.put("JPEG pixel flood 65500x65500", jpegClaiming(65_500, 65_500));
        files.put("JPEG zero size", jpegClaiming(0, 0));
        files.put("polyglot JPEG + HTML", concat(jpeg, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
        files.put("polyglot JPEG + ZIP", concat(jpeg, new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0}));
        files.put("HTML named JPEG", "<!doctype html><p>not a picture".getBytes(StandardCharsets.UTF_8));
        files.put("GIF", "GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;".getBytes(StandardCharsets.ISO_8859_1));
        files.put("BMP header", new byte[] {'B', 'M', 0x3A, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0});
        files.put("WebP header", "RIFF\u0010\u0000\u0000\u0000WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1));
        files.put("SVG", "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8));
        files.put("EXIF IFD that points to itself", exifJpeg(jpeg, loopingIfd()));
        files.put("EXIF with a huge entry count", exifJpeg(jpeg, hugeCountIfd()));
        files.put("EXIF segment longer than the file", exifLengthBeyondFile(jpeg));
        files.put("random bytes after JPEG signature", randomAfterSignature());
        return files;
    }

    static byte[] jpeg(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(90, 120, 200));
        g.fillRect(0, 0, width, height);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A valid PNG signature and IHDR chunk announcing {@code width}×{@code height} pixels, and no pixel data. */
    public static byte[] pngHeaderClaiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        byte[] ihdr = new byte[17];
        System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, ihdr, 0, 4);
        putInt(ihdr, 4, width);
        putInt(ihdr, 8, height);
        ihdr[12] = 8;
        ihdr[13] = 2;
        byte[] length = new byte[4];
        putInt(length, 0, 13);
        out.writeBytes(length);
        out.writeBytes(ihdr);
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        byte[] checksum = new byte[4];
        putInt(checksum, 0, (int) crc.getValue());
        out.writeBytes(checksum);
        return out.toByteArray();
    }

    /** SOI and a baseline SOF0 frame header claiming {@code width}×{@code height}, then nothing. */
    static byte[] jpegClaiming(int width, int height) {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8,
                (byte) (height >> 8), (byte) height, (byte) (width >> 8), (byte) width, 3,
                1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
    }

    /** A little-endian TIFF whose first IFD's "next IFD" offset points back at itself. */
    private static byte[] loopingIfd() {
        return new byte[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 6, 0, 0, 0, 8, 0, 0, 0};
    }

    /** An IFD claiming 65535 entries in a block of a few bytes. */
    private static byte[] hugeCountIfd() {
        return new byte[] {'M', 'M', 0, 42, 0, 0, 0, 8, (byte) 0xFF, (byte) 0xFF, 1, 0x12, 0, 3};
    }

    private static byte[] exifJpeg(byte[] jpeg, byte[] tiff) {
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int length = 2 + header.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length});
        out.writeBytes(header);
        out.writeBytes(tiff);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] exifLengthBeyondFile(byte[] jpeg) {
        byte[] tiny = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, (byte) 0xFF, (byte) 0xF0, 'E', 'x', 'i', 'f', 0, 0};
        return concat(tiny, Arrays.copyOf(jpeg, 40));
    }

    private static byte[] randomAfterSignature() {
        byte[] data = new byte[4096];
        new java.util.Random(42).nextBytes(data);
        data[0] = (byte) 0xFF;
        data[1] = (byte) 0xD8;
        data[2] = (byte) 0xFF;
        return data;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }

    private static void putInt(byte[] target, int at, int value) {
        target[at] = (byte) (value >>> 24);
        target[at + 1] = (byte) (value >>> 16);
        target[at + 2] = (byte) (value >>> 8);
        target[at + 3] = (byte) value;
    }
}
