package org.smavs.kiosk.camera;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real webcam-capture code (its IP-camera device) against an MJPEG stream served by the test, as a classroom
 * network camera serves it: multipart/x-mixed-replace with one JPEG per part.
 */
class NetworkCameraTest {
    private HttpServer camera;
    private final AtomicInteger framesServed = new AtomicInteger();

    @BeforeEach
    void startCamera() throws IOException {
        byte[] frame = jpeg(orangeSquareOnBlue());
        camera = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        camera.createContext("/stream", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "multipart/x-mixed-replace; boundary=frame");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 60; i++) { // 3 s at most: the library reads until the stream ends
                    out.write(("--frame\r\nContent-Type: image/jpeg\r\nContent-Length: " + frame.length + "\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
                    out.write(frame);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                    framesServed.incrementAndGet();
                    Thread.sleep(50);
                }
            } catch (IOException | InterruptedException readerWentAway) {
                // the kiosk closed the camera
            }
        });
        camera.start();
    }

    @AfterEach
    void stopCamera() {
        camera.stop(0);
    }

    @Test
    void framesFromAnMjpegStreamArriveAsPictures() {
        String url = "http://127.0.0.1:" + camera.getAddress().getPort() + "/stream";
        try (WebcamFrameSource source = WebcamFrameSource.networkCamera(url)) {
            source.open();
            BufferedImage picture = source.grab();
            assertThat(picture.getWidth()).isEqualTo(320);
            assertThat(picture.getHeight()).isEqualTo(240);
            Color centre = new Color(picture.getRGB(160, 120));
            assertThat(centre.getRed()).as("the orange square").isGreaterThan(200);
            Color corner = new Color(picture.getRGB(5, 5));
            assertThat(corner.getBlue()).as("the blue background").isGreaterThan(200);
            assertThat(source.describe()).contains("Network camera");
        }
        assertThat(framesServed.get()).isPositive();
    }

    @Test
    void aCameraThatIsNotThereSaysSoInWords() {
        try (WebcamFrameSource source = WebcamFrameSource.networkCamera("http://127.0.0.1:9/stream")) {
            assertThatThrownBy(source::open).isInstanceOf(CameraUnavailableException.class)
                    .hasMessageContaining("camera");
        }
    }

    private static BufferedImage orangeSquareOnBlue() {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(20, 40, 230));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(250, 140, 20));
        g.fillRect(110, 70, 100, 100);
        g.dispose();
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
