package org.smavs.server.face;

/**
 * The 68 iBUG facial landmarks in image pixels. "Image-left" means the left side of the picture as seen
 * (the subject's right), which avoids ambiguity between the viewer's and the subject's sides.
 */
public final class FaceLandmarks {
    public static final int COUNT = 68;
    private static final int[] IMAGE_LEFT_EYE_LIDS = {37, 38, 40, 41};
    private static final int[] IMAGE_RIGHT_EYE_LIDS = {43, 44, 46, 47};

    private final double[] xs;
    private final double[] ys;

    public FaceLandmarks(double[] xs, double[] ys) {
        if (xs.length != COUNT || ys.length != COUNT) {
            throw new IllegalArgumentException("expected " + COUNT + " landmarks");
        }
        this.xs = xs.clone();
        this.ys = ys.clone();
    }

    public double x(int index) {
        return xs[index];
    }

    public double y(int index) {
        return ys[index];
    }

    /** Eye centre = mean of the four lid points, as fr_eye and the alignment expect. */
    public double[] imageLeftEyeCenter() {
        return mean(IMAGE_LEFT_EYE_LIDS);
    }

    public double[] imageRightEyeCenter() {
        return mean(IMAGE_RIGHT_EYE_LIDS);
    }

    /** Corner-to-corner eye width (points 36–39 / 42–45). */
    public double imageLeftEyeWidth() {
        return xs[39] - xs[36];
    }

    public double imageRightEyeWidth() {
        return xs[45] - xs[42];
    }

    public double[] noseTip() {
        return new double[] {xs[30], ys[30]};
    }

    public double[] imageLeftMouthCorner() {
        return mean(new int[] {48, 60});
    }

    public double[] imageRightMouthCorner() {
        return mean(new int[] {54, 64});
    }

    /** The five points of the ArcFace alignment, in the order of {@link FaceAligner}'s reference points. */
    public double[][] alignmentPoints() {
        return new double[][] {imageLeftEyeCenter(), imageRightEyeCenter(), noseTip(), imageLeftMouthCorner(),
            imageRightMouthCorner()};
    }

    private double[] mean(int[] indices) {
        double x = 0;
        double y = 0;
        for (int i : indices) {
            x += xs[i];
            y += ys[i];
        }
        return new double[] {x / indices.length, y / indices.length};
    }
}
