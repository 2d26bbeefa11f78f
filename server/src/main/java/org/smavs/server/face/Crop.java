package org.smavs.server.face;

/**
 * A rectangle around a face box, enlarged by a factor about its centre and shifted (not cut) to stay
 * inside the image — the crop geometry fr_landmark and fr_liveness were trained with. When the enlarged
 * box cannot fit, the factor shrinks until it does.
 */
record Crop(double x, double y, double width, double height) {

    static Crop around(BgrImage image, FaceBox box) {
        return around(image, box, 1.0);
    }

    static Crop around(BgrImage image, FaceBox box, double factor) {
        int imageWidth = image.width();
        int imageHeight = image.height();
        double boxWidth = Math.max(1, box.width());
        double boxHeight = Math.max(1, box.height());
        double scale = Math.min(factor, Math.min((imageHeight - 1) / boxHeight, (imageWidth - 1) / boxWidth));
        double width = boxWidth * scale;
        double height = boxHeight * scale;
        double left = box.centerX() - width / 2;
        double top = box.centerY() - height / 2;
        left = Math.max(0, Math.min(left, imageWidth - 1 - width));
        top = Math.max(0, Math.min(top, imageHeight - 1 - height));
        return new Crop(left, top, width, height);
    }
}
