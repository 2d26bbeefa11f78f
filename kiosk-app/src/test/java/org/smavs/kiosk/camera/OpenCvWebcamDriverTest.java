package org.smavs.kiosk.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_videoio.CAP_OPENCV_MJPEG;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;
import org.bytedeco.opencv.opencv_videoio.VideoWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.testing.Portraits;
import org.smavs.kiosk.testing.Portraits.Person;

/**
 * The OpenCV driver through webcam-capture's own {@code Webcam} API, reading a video file that OpenCV's
 * {@code VideoWriter} made: the native capture path (VideoCapture → Mat → BufferedImage) runs without a camera.
 */
class OpenCvWebcamDriverTest {
    @TempDir
    Path dir;

    @Test
    void framesOfAVideoArriveThroughTheWebcamApiAsPictures() throws Exception {
        BufferedImage astronaut = Portraits.good(Person.ASTRONAUT);
        BufferedImage hopper = Portraits.good(Person.GRACE_HOPPER);
        Path video = writeVideo(dir.resolve("check-in.avi"), List.of(astronaut, astronaut, hopper, hopper));

        try (WebcamFrameSource source = WebcamFrameSource.openCv(OpenCvWebcamDriver.videoFile(video))) {
            source.open();
            assertThat(source.describe()).isEqualTo("OpenCV video check-in.avi");
            BufferedImage first = source.grab();
            assertThat(first.getWidth()).isEqualTo(640);
            assertThat(first.getHeight()).isEqualTo(480);
            assertThat(first.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
            assertThat(meanDifference(first, astronaut)).as("the astronaut, after MJPEG compression").isLessThan(6);
            source.grab();
            BufferedImage third = source.grab();
            assertThat(meanDifference(third, hopper)).as("then Grace Hopper").isLessThan(6);
            assertThat(HaarFramingCoach.load().assess(third)).isEqualTo(Coaching.OK);
            source.grab();
            // past the end the file plays again, as a camera keeps delivering
            assertThat(meanDifference(source.grab(), astronaut)).isLessThan(6);
        }
    }

    @Test
    void aCameraNumberOpenCvCannotOpenIsExplainedInWords() {
        try (WebcamFrameSource source = WebcamFrameSource.openCv(OpenCvWebcamDriver.camera(9))) {
            assertThatThrownBy(source::open).isInstanceOf(CameraUnavailableException.class)
                    .hasMessage("The camera could not be opened: OpenCV found no camera number 9");
        }
    }

    @Test
    void withoutAnyCameraBothDriversAreAskedAndTheAnswerIsASentence() {
        assumeThat(Files.exists(Path.of("/dev/video0"))).as("this machine has a camera").isFalse();
        try (WebcamFrameSource source = WebcamFrameSource.usbCamera()) {
            assertThatThrownBy(source::open).isInstanceOf(CameraUnavailableException.class)
                    .hasMessage("No camera is connected (neither the system camera driver nor OpenCV found one)");
        }
    }

    private static Path writeVideo(Path file, List<BufferedImage> frames) {
        VideoWriter writer = new VideoWriter(file.toString(), CAP_OPENCV_MJPEG, VideoWriter.fourcc((byte) 'M',
                (byte) 'J', (byte) 'P', (byte) 'G'), 10, new Size(Portraits.WIDTH, Portraits.HEIGHT), true);
        assertThat(writer.isOpened()).as("OpenCV's own MJPEG writer").isTrue();
        try (Mat mat = new Mat(Portraits.HEIGHT, Portraits.WIDTH, CV_8UC3)) {
            for (BufferedImage frame : frames) {
                byte[] bgr = ((DataBufferByte) frame.getRaster().getDataBuffer()).getData();
                mat.data().put(bgr, 0, bgr.length);
                writer.write(mat);
            }
        }
        writer.release();
        return file;
    }

    /** Mean absolute difference per channel (0-255), sampled. */
    private static double meanDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        long count = 0;
        for (int y = 0; y < a.getHeight(); y += 4) {
            for (int x = 0; x < a.getWidth(); x += 4) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xff) - ((q >> shift) & 0xff));
                    count++;
                }
            }
        }
        return (double) sum / count;
    }
}
