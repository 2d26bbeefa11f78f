package org.smavs.server.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

/** The resampling and alignment maths the models depend on. */
class ImageGeometryTest {

    @Test
    void alignmentOfPointsAlreadyOnTheTemplateIsTheIdentity() {
        double[][] template = {
            {38.2946, 51.6963}, {73.5318, 51.5014}, {56.0252, 71.7366}, {41.5493, 92.3655}, {70.7299, 92.2041}
        };

        double[] m = FaceAligner.templateToImage(template);

        assertThat(m).containsExactly(new double[] {1, 0, 0, 0, 1, 0}, offset(1e-9));
    }

    @Test
    void alignmentUndoesScaleRotationAndShift() {
        double[][] template = {
            {38.2946, 51.6963}, {73.5318, 51.5014}, {56.0252, 71.7366}, {41.5493, 92.3655}, {70.7299, 92.2041}
        };
        double angle = Math.toRadians(20);
        double scale = 2.5;
        double[][] image = new double[5][];
        for (int i = 0; i < 5; i++) {
            double x = template[i][0];
            double y = template[i][1];
            image[i] = new double[] {scale * (Math.cos(angle) * x - Math.sin(angle) * y) + 100,
                scale * (Math.sin(angle) * x + Math.cos(angle) * y) + 40};
        }

        double[] m = FaceAligner.templateToImage(image);

        for (int i = 0; i < 5; i++) {
            double x = m[0] * template[i][0] + m[1] * template[i][1] + m[2];
            double y = m[3] * template[i][0] + m[4] * template[i][1] + m[5];
            assertThat(x).isCloseTo(image[i][0], offset(1e-6));
            assertThat(y).isCloseTo(image[i][1], offset(1e-6));
        }
    }

    @Test
    void shrinkingAveragesInsteadOfPickingPixels() {
        // a one-pixel checkerboard shrunk 4×: plain bilinear sampling would give black or white, area averaging grey
        int size = 64;
        byte[] pixels = new byte[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                java.util.Arrays.fill(pixels, (y * size + x) * 3, (y * size + x) * 3 + 3,
                        (x + y) % 2 == 0 ? (byte) 255 : 0);
            }
        }

        float[] out = ImageResampler.cropResize(new BgrImage(size, size, pixels), 0, 0, size, size, 16, 16);

        for (float v : out) {
            assertThat(v).isCloseTo(127.5f, offset(0.01f));
        }
    }

    @Test
    void enlargingAConstantImageKeepsItConstant() {
        byte[] pixels = new byte[4 * 4 * 3];
        java.util.Arrays.fill(pixels, (byte) 42);

        float[] out = ImageResampler.cropResize(new BgrImage(4, 4, pixels), -1, -1, 6, 6, 24, 24);

        for (float v : out) {
            assertThat(v).isCloseTo(42f, offset(1e-4f));
        }
    }

    @Test
    void planarLayoutCanSwapToRgb() {
        float[] planar = new float[3];

        new PlanarRowWriter(java.nio.FloatBuffer.wrap(planar), 1, 1, true, new float[] {0, 0, 0},
                new float[] {1, 1, 1}).row(0, new float[] {10, 20, 30});

        assertThat(planar).containsExactly(30, 20, 10);
    }
}
