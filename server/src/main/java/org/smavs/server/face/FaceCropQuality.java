package org.smavs.server.face;

/**
 * Image-quality measures on the aligned 112×112 face, so the numbers do not depend on the photo's
 * resolution: sharpness = variance of the 4-neighbour Laplacian of the grey face; brightness = mean luma.
 */
record FaceCropQuality(double sharpness, double brightness) {

    static FaceCropQuality of(BgrImage alignedFace) {
        int w = alignedFace.width();
        int h = alignedFace.height();
        float[] grey = ImageResampler.toGrey(alignedFace.toFloats());
        // the central region only: the warp leaves black corners that would add false edges
        int margin = w / 8;
        double sum = 0;
        double sumSquares = 0;
        double luma = 0;
        int n = 0;
        for (int y = margin; y < h - margin; y++) {
            for (int x = margin; x < w - margin; x++) {
                int i = y * w + x;
                double laplacian = grey[i - 1] + grey[i + 1] + grey[i - w] + grey[i + w] - 4 * grey[i];
                sum += laplacian;
                sumSquares += laplacian * laplacian;
                luma += grey[i];
                n++;
            }
        }
        double mean = sum / n;
        return new FaceCropQuality(sumSquares / n - mean * mean, luma / n);
    }
}
