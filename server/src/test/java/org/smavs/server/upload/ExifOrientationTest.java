package org.smavs.server.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smavs.server.face.FaceImages;

/**
 * Every EXIF orientation turns a checked upload upright, in both TIFF byte orders, and broken EXIF blocks
 * leave the image as it is instead of failing the upload.
 */
class ExifOrientationTest {
    private static final Color RED = new Color(220, 30, 30);
    private static final Color GREEN = new Color(30, 200, 30);
    private static final Color BLUE = new Color(30, 30, 220);
    private static final Color WHITE = new Color(240, 240, 240);
    private static final int WIDTH = 64;
    private static final int HEIGHT = 32;

    private final ImageUploads uploads = new ImageUploads(10 * 1024 * 1024, List.of("image/jpeg", "image/png"));

    /** Corners of the upright image, read TL, TR, BL, BR, for a stored image whose corners are R G / B W. */
    static Stream<Arguments> orientations() {
        return Stream.of(
                Arguments.of(1, List.of(RED, GREEN, BLUE, WHITE)),
                Arguments.of(2, List.of(GREEN, RED, WHITE, BLUE)),
                Arguments.of(3, List.of(WHITE, BLUE, GREEN, RED)),
                Arguments.of(4, List.of(BLUE, WHITE, RED, GREEN)),
                Arguments.of(5, List.of(RED, BLUE, GREEN, WHITE)),
                Arguments.of(6, List.of(BLUE, RED, WHITE, GREEN)),
                Arguments.of(7, List.of(WHITE, GREEN, BLUE, RED)),
                Arguments.of(8, List.of(GREEN, WHITE, RED, BLUE)));
    }

    @ParameterizedTest(name = "orientation {0}")
    @MethodSource("orientations")
    void eachOrientationIsTurnedUprightInBothByteOrders(int orientation, List<Color> corners) throws IOException {
        for (boolean littleEndian : new boolean[] {true, false}) {
            byte[] upload = FaceImages.withExifOrientation(FaceImages.jpeg(quadrants(), 0.95f), orientation, littleEndian);
            assertThat(ExifOrientation.of(upload)).isEqualTo(orientation);

            CheckedImage checked = uploads.check("selfie", upload);
            BufferedImage upright = ImageIO.read(new ByteArrayInputStream(checked.data()));
            boolean turned = orientation >= 5;
            assertThat(upright.getWidth()).isEqualTo(turned ? HEIGHT : WIDTH).isEqualTo(checked.width());
            assertThat(upright.getHeight()).isEqualTo(turned ? WIDTH : HEIGHT).isEqualTo(checked.height());
            int right = upright.getWidth() - 3;
            int bottom = upright.getHeight() - 3;
            assertColor(upright, 2, 2, corners.get(0));
            assertColor(upright, right, 2, corners.get(1));
            assertColor(upright, 2, bottom, corners.get(2));
            assertColor(upright, right, bottom, corners.get(3));
            assertThat(ExifOrientation.of(checked.data())).as("re-encoded without the tag").isEqualTo(1);
        }
    }

    @Test
    void aGreyJpegIsTurnedToo() throws IOException {
        BufferedImage grey = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, HEIGHT / 2, WIDTH, HEIGHT / 2); // top half black, bottom half white
        g.dispose();
        java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
        ImageIO.write(grey, "jpeg", jpeg);

        CheckedImage checked = uploads.check("selfie", FaceImages.withExifOrientation(jpeg.toByteArray(), 6, false));
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(checked.data()));
        assertThat(upright.getWidth()).isEqualTo(HEIGHT);
        assertColor(upright, 2, WIDTH / 2, WHITE);                        // a clockwise turn puts the bottom on the left
        assertColor(upright, HEIGHT - 3, WIDTH / 2, new Color(0, 0, 0));  // and the top on the right
    }

    @Test
    void brokenOrHostileExifBlocksMeanUpright() {
        byte[] jpeg = FaceImages.jpeg(quadrants(), 0.95f);
        List<byte[]> broken = List.of(
                new byte[0],                                                       // empty TIFF
                "XX\u0000*\u0000\u0000\u0000\u0008".getBytes(),                      // unknown byte order
                tiff(new int[] {'I', 'I', 43, 0, 8, 0, 0, 0}),                      // wrong magic number
                tiff(new int[] {'I', 'I', 42, 0, 0xFF, 0xFF, 0xFF, 0x7F}),          // directory far outside
                tiff(new int[] {'I', 'I', 42, 0, 8, 0, 0, 0, 0xFF, 0xFF}),          // 65535 entries, none present
                tiff(new int[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 4, 0, 1, 0, 0, 0, 6, 0, 0, 0}), // LONG, not SHORT
                tiff(new int[] {'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0, 0x12, 0x01, 3, 0, 1, 0, 0, 0, 9, 0, 0, 0})); // value 9
        for (byte[] tiff : broken) {
            byte[] upload = FaceImages.withApp1(jpeg, tiff);
            assertThat(ExifOrientation.of(upload)).isEqualTo(1);
            assertThat(uploads.check("selfie", upload).width()).isEqualTo(WIDTH);
        }
        // a segment length running past the end of the file
        byte[] truncated = FaceImages.withExifOrientation(jpeg, 6, true);
        truncated[4] = (byte) 0x7F;
        assertThat(ExifOrientation.of(java.util.Arrays.copyOf(truncated, 40))).isEqualTo(1);
        assertThat(ExifOrientation.of(jpeg)).as("no EXIF at all").isEqualTo(1);
    }

    private static byte[] tiff(int[] values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static BufferedImage quadrants() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, WIDTH / 2, HEIGHT / 2);
        g.setColor(GREEN);
        g.fillRect(WIDTH / 2, 0, WIDTH / 2, HEIGHT / 2);
        g.setColor(BLUE);
        g.fillRect(0, HEIGHT / 2, WIDTH / 2, HEIGHT / 2);
        g.setColor(WHITE);
        g.fillRect(WIDTH / 2, HEIGHT / 2, WIDTH / 2, HEIGHT / 2);
        g.dispose();
        return image;
    }

    private static void assertColor(BufferedImage image, int x, int y, Color expected) {
        Color actual = new Color(image.getRGB(x, y));
        assertThat(Math.abs(actual.getRed() - expected.getRed()) + Math.abs(actual.getGreen() - expected.getGreen())
                + Math.abs(actual.getBlue() - expected.getBlue()))
                .as("colour at (%d, %d): %s, expected %s", x, y, actual, expected).isLessThan(60);
    }
}
