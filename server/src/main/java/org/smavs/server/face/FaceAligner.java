package org.smavs.server.face;

/**
 * Warps a face onto the standard 112×112 ArcFace template with the least-squares similarity transform
 * (rotation, uniform scale, translation) that maps the five landmark points onto the template points.
 * The recognition model only separates people well on faces aligned this way.
 */
public final class FaceAligner {
    public static final int SIZE = 112;

    /** ArcFace reference points: image-left eye, image-right eye, nose tip, image-left/right mouth corner. */
    private static final double[][] TEMPLATE = {
        {38.2946, 51.6963}, {73.5318, 51.5014}, {56.0252, 71.7366}, {41.5493, 92.3655}, {70.7299, 92.2041}
    };

    /** The aligned face as a 112×112 BGR image. */
    public BgrImage align(BgrImage image, FaceLandmarks landmarks) {
        double[] outToSrc = templateToImage(landmarks.alignmentPoints());
        return ImageResampler.warpAffine(image, outToSrc, SIZE, SIZE);
    }

    /**
     * Fits image→template as {@code [a −b; b a]·p + t} in closed form, then returns its inverse
     * (template→image) as a 2×3 row-major matrix, which is what the warp needs.
     */
    static double[] templateToImage(double[][] points) {
        int n = TEMPLATE.length;
        double srcMeanX = 0;
        double srcMeanY = 0;
        double dstMeanX = 0;
        double dstMeanY = 0;
        for (int i = 0; i < n; i++) {
            srcMeanX += points[i][0] / n;
            srcMeanY += points[i][1] / n;
            dstMeanX += TEMPLATE[i][0] / n;
            dstMeanY += TEMPLATE[i][1] / n;
        }
        double dot = 0;
        double cross = 0;
        double norm = 0;
        for (int i = 0; i < n; i++) {
            double sx = points[i][0] - srcMeanX;
            double sy = points[i][1] - srcMeanY;
            double dx = TEMPLATE[i][0] - dstMeanX;
            double dy = TEMPLATE[i][1] - dstMeanY;
            dot += sx * dx + sy * dy;
            cross += sx * dy - sy * dx;
            norm += sx * sx + sy * sy;
        }
        if (norm < 1e-9) {
            throw new IllegalArgumentException("degenerate landmarks: all alignment points coincide");
        }
        double a = dot / norm;
        double b = cross / norm;
        double tx = dstMeanX - (a * srcMeanX - b * srcMeanY);
        double ty = dstMeanY - (b * srcMeanX + a * srcMeanY);
        double det = a * a + b * b;
        double ia = a / det;
        double ib = b / det;
        // inverse of [a -b; b a] is [ia ib; -ib ia]; src = inv · (dst − t)
        return new double[] {ia, ib, -(ia * tx + ib * ty), -ib, ia, -(-ib * tx + ia * ty)};
    }
}
