package org.smavs.server.face;

/** A detected face rectangle in image pixels, with the detector's confidence (0–1). */
public record FaceBox(double x1, double y1, double x2, double y2, double score) {

    public double width() {
        return x2 - x1;
    }

    public double height() {
        return y2 - y1;
    }

    public double area() {
        return Math.max(0, width()) * Math.max(0, height());
    }

    public double centerX() {
        return (x1 + x2) / 2;
    }

    public double centerY() {
        return (y1 + y2) / 2;
    }

    /** Intersection over union with another box. */
    public double iou(FaceBox other) {
        double iw = Math.min(x2, other.x2) - Math.max(x1, other.x1);
        double ih = Math.min(y2, other.y2) - Math.max(y1, other.y1);
        if (iw <= 0 || ih <= 0) {
            return 0;
        }
        double intersection = iw * ih;
        return intersection / (area() + other.area() - intersection);
    }

    /** The box clipped to an image of the given size. */
    public FaceBox clipTo(int imageWidth, int imageHeight) {
        return new FaceBox(Math.max(0, x1), Math.max(0, y1), Math.min(imageWidth, x2), Math.min(imageHeight, y2),
                score);
    }
}
