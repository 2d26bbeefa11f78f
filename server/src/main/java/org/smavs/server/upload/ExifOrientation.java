package org.smavs.server.upload;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;

/**
 * The EXIF Orientation tag of a JPEG, and turning an image upright by it. Phones usually store a selfie
 * as the sensor saw it and only record in this tag how to turn it; a server that ignores the tag looks for
 * a face lying on its side (and finds none) and shows the lecturer a sideways photo. Uploads are therefore
 * turned upright once, when they are checked, and re-encoded without the tag.
 *
 * <p>The parser reads only what it needs (segment headers, the TIFF header, the first directory) and checks
 * every offset against the data, so a malformed or hostile EXIF block means "upright", never an exception.
 */
public final class ExifOrientation {
    /** As stored: no turn needed. Values 2–8 are the other seven flips and quarter turns of the EXIF spec. */
    public static final int NORMAL = 1;
    private static final int ORIENTATION_TAG = 0x0112;
    private static final int SHORT_TYPE = 3;
    private static final int START_OF_SCAN = 0xDA;
    private static final int APP1 = 0xE1;

    private ExifOrientation() {
    }

    /** The orientation (1–8) recorded in a JPEG's EXIF block; {@link #NORMAL} when absent or unreadable. */
    public static int of(byte[] jpeg) {
        int offset = 2; // after the start-of-image marker
        while (offset + 4 <= jpeg.length && (jpeg[offset] & 0xFF) == 0xFF) {
            int marker = jpeg[offset + 1] & 0xFF;
            if (marker == START_OF_SCAN) {
                break; // metadata segments all come before the image data
            }
            int length = u16(jpeg, offset + 2, false);
            if (length < 2 || offset + 2 + length > jpeg.length) {
                break;
            }
            if (marker == APP1 && isExif(jpeg, offset + 4, length - 2)) {
                return readTiff(jpeg, offset + 10, offset + 2 + length);
            }
            offset += 2 + length;
        }
        return NORMAL;
    }

    /**
     * The image as it should be shown; the same instance when the orientation is normal or unknown. A JPEG
     * decoded as 3-byte BGR is turned byte by byte into the same type, so turning costs one more copy of the
     * pixels at 3 bytes each (the upload's pixel limit bounds it), not a 4-byte-per-pixel conversion.
     */
    public static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swapsSides = orientation >= 5;
        int outW = swapsSides ? h : w;
        int outH = swapsSides ? w : h;
        if (isPlainBgr(image)) {
            BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_3BYTE_BGR);
            byte[] source = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
            byte[] target = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
            for (int y = 0, s = 0; y < h; y++) {
                for (int x = 0; x < w; x++, s += 3) {
                    System.arraycopy(source, s, target, 3 * targetIndex(orientation, x, y, w, h, outW), 3);
                }
            }
            return out;
        }
        BufferedImage out = new BufferedImage(outW, outH, BufferedImage.TYPE_INT_RGB);
        int[] target = ((DataBufferInt) out.getRaster().getDataBuffer()).getData();
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                target[targetIndex(orientation, x, y, w, h, outW)] = row[x];
            }
        }
        return out;
    }

    /** Where source pixel (x, y) of a w×h image lands in the upright image, as a pixel index. */
    private static int targetIndex(int orientation, int x, int y, int w, int h, int outW) {
        return switch (orientation) {
            case 2 -> y * outW + (w - 1 - x);                 // mirrored
            case 3 -> (h - 1 - y) * outW + (w - 1 - x);       // upside down
            case 4 -> (h - 1 - y) * outW + x;                 // mirrored upside down
            case 5 -> x * outW + y;                           // mirrored, quarter turn
            case 6 -> x * outW + (h - 1 - y);                 // needs a quarter turn clockwise
            case 7 -> (w - 1 - x) * outW + (h - 1 - y);       // mirrored, quarter turn the other way
            default -> (w - 1 - x) * outW + y;                // 8: needs a quarter turn anticlockwise
        };
    }

    private static boolean isPlainBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR
                && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight() * 3;
    }

    private static boolean isExif(byte[] data, int start, int length) {
        return length >= 14 && data[start] == 'E' && data[start + 1] == 'x' && data[start + 2] == 'i'
                && data[start + 3] == 'f' && data[start + 4] == 0 && data[start + 5] == 0;
    }

    /** Reads tag 0x0112 from the first image directory of the TIFF structure in [tiff, end). */
    private static int readTiff(byte[] data, int tiff, int end) {
        if (tiff + 8 > end) {
            return NORMAL;
        }
        boolean littleEndian;
        if (data[tiff] == 'I' && data[tiff + 1] == 'I') {
            littleEndian = true;
        } else if (data[tiff] == 'M' && data[tiff + 1] == 'M') {
            littleEndian = false;
        } else {
            return NORMAL;
        }
        if (u16(data, tiff + 2, littleEndian) != 42) {
            return NORMAL;
        }
        long directory = tiff + u32(data, tiff + 4, littleEndian);
        if (directory + 2 > end) {
            return NORMAL;
        }
        int entries = u16(data, (int) directory, littleEndian);
        for (int i = 0; i < entries; i++) {
            long entry = directory + 2 + 12L * i;
            if (entry + 12 > end) {
                return NORMAL;
            }
            int at = (int) entry;
            if (u16(data, at, littleEndian) == ORIENTATION_TAG) {
                if (u16(data, at + 2, littleEndian) != SHORT_TYPE) {
                    return NORMAL;
                }
                int value = u16(data, at + 8, littleEndian);
                return value >= 1 && value <= 8 ? value : NORMAL;
            }
        }
        return NORMAL;
    }

    private static int u16(byte[] data, int at, boolean littleEndian) {
        int a = data[at] & 0xFF;
        int b = data[at + 1] & 0xFF;
        return littleEndian ? a | b << 8 : a << 8 | b;
    }

    private static long u32(byte[] data, int at, boolean littleEndian) {
        long value = 0;
        for (int i = 0; i < 4; i++) {
            int shift = littleEndian ? 8 * i : 8 * (3 - i);
            value |= (long) (data[at + i] & 0xFF) << shift;
        }
        return value;
    }
}
