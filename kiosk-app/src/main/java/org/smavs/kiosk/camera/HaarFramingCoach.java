package org.smavs.kiosk.camera;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_core.mean;
import static org.bytedeco.opencv.global.opencv_imgproc.COLOR_BGR2GRAY;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.cvtColor;
import static org.bytedeco.opencv.global.opencv_imgproc.equalizeHist;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Loader;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.RectVector;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_objdetect.CascadeClassifier;

/**
 * Face framing with OpenCV's frontal-face Haar cascade, the one shipped inside the bytedeco OpenCV jar (no model
 * download). A Haar cascade rather than a neural detector: it runs in milliseconds on a 320-pixel-wide picture
 * on a kiosk's CPU, and a frontal-only detector is what "face the camera" needs. Its verdicts only guide; the
 * server's own detector still decides. Holds native buffers reused per call: one thread at a time.
 */
public final class HaarFramingCoach implements FrameCoach {
    /** Width the picture is shrunk to before detection; faces that fill the oval stay ~80 px tall. */
    static final int ANALYSIS_WIDTH = 320;
    private static final String CASCADE = "share/opencv4/haarcascades/haarcascade_frontalface_default.xml";
    /** 20% scale steps (half the work of OpenCV's usual 10%, and fewer false faces on clothing), 4 agreeing neighbours. */
    private static final double SCALE_STEP = 1.2;
    private static final int MIN_NEIGHBOURS = 4;

    /** What one picture showed, in the coordinates of the shrunk picture. */
    public record Analysis(int width, int height, int meanLuma, List<Rectangle> faces) {
        public Coaching coaching() {
            return FramingPolicy.judge(width, height, meanLuma, faces);
        }
    }

    private final CascadeClassifier cascade;
    private final Mat bgr = new Mat();
    private final Mat small = new Mat();
    private final Mat grey = new Mat();
    private final RectVector found = new RectVector();
    private BufferedImage bgrCopy;

    private HaarFramingCoach(CascadeClassifier cascade) {
        this.cascade = cascade;
    }

    /** Loads the cascade from the OpenCV natives jar of this platform (cached by JavaCPP in ~/.javacpp/cache). */
    public static HaarFramingCoach load() {
        String resource = "/org/bytedeco/opencv/" + Loader.getPlatform() + "/" + CASCADE;
        File file;
        try {
            file = Loader.cacheResource(resource);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the face cascade " + resource, e);
        }
        if (file == null) {
            throw new IllegalStateException("The OpenCV jar for " + Loader.getPlatform() + " has no " + CASCADE);
        }
        CascadeClassifier cascade = new CascadeClassifier();
        if (!cascade.load(file.getAbsolutePath())) {
            throw new IllegalStateException("OpenCV cannot read the face cascade " + file);
        }
        return new HaarFramingCoach(cascade);
    }

    @Override
    public Coaching assess(BufferedImage image) {
        return analyse(image).coaching();
    }

    public Analysis analyse(BufferedImage image) {
        toMat(image);
        int width = Math.min(ANALYSIS_WIDTH, image.getWidth());
        int height = Math.max(1, Math.round((float) image.getHeight() * width / image.getWidth()));
        resize(bgr, small, new Size(width, height), 0, 0, INTER_AREA);
        cvtColor(small, grey, COLOR_BGR2GRAY);
        int luma;
        try (Mat centre = new Mat(grey, new Rect(width / 4, height / 4, width / 2, height / 2))) {
            luma = (int) Math.round(mean(centre).get(0));
        }
        equalizeHist(grey, grey);
        int minFace = Math.max(24, height / 12);
        cascade.detectMultiScale(grey, found, SCALE_STEP, MIN_NEIGHBOURS, 0, new Size(minFace, minFace), new Size());
        List<Rectangle> faces = new ArrayList<>((int) found.size());
        for (long i = 0; i < found.size(); i++) {
            Rect r = found.get(i);
            faces.add(new Rectangle(r.x(), r.y(), r.width(), r.height()));
        }
        return new Analysis(width, height, luma, faces);
    }

    /** Into OpenCV's BGR byte order: one bulk copy for camera frames, a redraw for other image types. */
    private void toMat(BufferedImage image) {
        BufferedImage source = image;
        if (!isPlainBgr(image)) {
            if (bgrCopy == null || bgrCopy.getWidth() != image.getWidth() || bgrCopy.getHeight() != image.getHeight()) {
                bgrCopy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            }
            Graphics2D g = bgrCopy.createGraphics();
            g.drawImage(image, 0, 0, null);
            g.dispose();
            source = bgrCopy;
        }
        byte[] pixels = ((DataBufferByte) source.getRaster().getDataBuffer()).getData();
        bgr.create(source.getHeight(), source.getWidth(), CV_8UC3);
        bgr.data().put(pixels, 0, pixels.length);
    }

    private static boolean isPlainBgr(BufferedImage image) {
        return image.getType() == BufferedImage.TYPE_3BYTE_BGR && image.getRaster().getParent() == null
                && image.getRaster().getDataBuffer().getSize() == image.getWidth() * image.getHeight() * 3;
    }
}
