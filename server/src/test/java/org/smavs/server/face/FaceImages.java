package org.smavs.server.face;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The two committed public-domain portraits and the variants tests derive from them with Java2D, so no
 * further face photos need to be committed.
 */
public final class FaceImages {
    public static final String ASTRONAUT = "astronaut.png";
    public static final String GRACE_HOPPER = "grace_hopper.jpg";

    private FaceImages() {
    }

    public static BufferedImage portrait(String name) {
        try (InputStream in = FaceImages.class.getResourceAsStream("/faces/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test portrait " + name);
            }
            return toBgr(ImageIO.read(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] portraitBytes(String name) {
        try (InputStream in = FaceImages.class.getResourceAsStream("/faces/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage crop(BufferedImage src, int x, int y, int w, int h) {
        BufferedImage out = blank(w, h, Color.BLACK);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, -x, -y, null);
        g.dispose();
        return out;
    }

    public static BufferedImage scale(BufferedImage src, double factor) {
        int w = (int) Math.round(src.getWidth() * factor);
        int h = (int) Math.round(src.getHeight() * factor);
        BufferedImage out = blank(w, h, Color.BLACK);
        Graphics2D g = smooth(out);
        g.drawImage(src, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    /** Rotated about the centre, same canvas size, corners filled with grey. */
    public static BufferedImage rotate(BufferedImage src, double degrees) {
        BufferedImage out = blank(src.getWidth(), src.getHeight(), Color.GRAY);
        Graphics2D g = smooth(out);
        g.rotate(Math.toRadians(degrees), src.getWidth() / 2.0, src.getHeight() / 2.0);
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    public static BufferedImage mirror(BufferedImage src) {
        BufferedImage out = blank(src.getWidth(), src.getHeight(), Color.BLACK);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, src.getWidth(), 0, -src.getWidth(), src.getHeight(), null);
        g.dispose();
        return out;
    }

    /** Multiplies every channel by {@code factor} (below 1 darkens), clamped. */
    public static BufferedImage brightness(BufferedImage src, double factor) {
        BufferedImage out = blank(src.getWidth(), src.getHeight(), Color.BLACK);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                int rgb = src.getRGB(x, y);
                int r = clamp((int) (((rgb >> 16) & 0xFF) * factor));
                int gr = clamp((int) (((rgb >> 8) & 0xFF) * factor));
                int b = clamp((int) ((rgb & 0xFF) * factor));
                out.setRGB(x, y, (r << 16) | (gr << 8) | b);
            }
        }
        return out;
    }

    /** Box blur of the given radius, applied twice (close to a Gaussian). */
    public static BufferedImage blur(BufferedImage src, int radius) {
        int size = radius * 2 + 1;
        float[] weights = new float[size * size];
        java.util.Arrays.fill(weights, 1f / weights.length);
        ConvolveOp op = new ConvolveOp(new Kernel(size, size, weights), ConvolveOp.EDGE_NO_OP, null);
        BufferedImage padded = toIntRgb(src);
        return toBgr(op.filter(op.filter(padded, null), null));
    }

    /** The photo shown on a "phone" held up to the camera: dark bezel, rounded corners, a background. */
    public static BufferedImage onScreen(BufferedImage src) {
        int w = src.getWidth();
        int h = src.getHeight();
        BufferedImage out = blank(w, h, new Color(190, 180, 165));
        Graphics2D g = smooth(out);
        g.setPaint(new GradientPaint(0, 0, new Color(200, 195, 185), w, h, new Color(120, 115, 110)));
        g.fillRect(0, 0, w, h);
        int bezel = w / 20;
        int screenW = (int) (w * 0.62);
        int screenH = (int) (h * 0.62);
        int x = (w - screenW) / 2;
        int y = (h - screenH) / 2;
        g.setColor(new Color(20, 20, 22));
        g.fill(new RoundRectangle2D.Double(x - bezel, y - bezel * 2, screenW + 2 * bezel, screenH + 4 * bezel,
                bezel * 2, bezel * 2));
        g.drawImage(src, x, y, screenW, screenH, null);
        // a faint reflection across the glass
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.12f));
        g.setPaint(new GradientPaint(x, y, Color.WHITE, x + screenW, y + screenH, new Color(255, 255, 255, 0)));
        g.fillRect(x, y, screenW, screenH);
        g.dispose();
        return out;
    }

    /** Two photos next to each other on one canvas, both at the same height. */
    public static BufferedImage sideBySide(BufferedImage left, BufferedImage right) {
        int h = Math.max(left.getHeight(), right.getHeight());
        BufferedImage out = blank(left.getWidth() + right.getWidth(), h, Color.WHITE);
        Graphics2D g = out.createGraphics();
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        return out;
    }

    /** A room-like scene without a face: gradients, shapes and noise. */
    public static BufferedImage noFace(int w, int h) {
        BufferedImage out = blank(w, h, Color.WHITE);
        Graphics2D g = smooth(out);
        g.setPaint(new GradientPaint(0, 0, new Color(230, 225, 210), 0, h, new Color(140, 130, 120)));
        g.fillRect(0, 0, w, h);
        Random random = new Random(42);
        for (int i = 0; i < 25; i++) {
            g.setColor(new Color(random.nextInt(256), random.nextInt(256), random.nextInt(256)));
            g.setStroke(new BasicStroke(1 + random.nextInt(6)));
            g.drawRect(random.nextInt(w), random.nextInt(h), 20 + random.nextInt(w / 3), 20 + random.nextInt(h / 3));
        }
        g.dispose();
        return out;
    }

    /**
     * The photo as a plane rotated about the vertical axis through the image centre and re-projected.
     * Positive degrees push the image's right half away from the camera — for the person in the photo,
     * roughly a turn towards the image's right, which is the person's own left.
     */
    public static BufferedImage turnedPlane(BufferedImage src, double degrees) {
        int w = src.getWidth();
        int h = src.getHeight();
        double theta = Math.toRadians(degrees);
        double f = w * 1.2;
        double cx = w / 2.0;
        double cy = h / 2.0;
        double cos = Math.cos(theta);
        double sin = Math.sin(theta);
        BufferedImage out = blank(w, h, Color.GRAY);
        for (int v = 0; v < h; v++) {
            for (int u = 0; u < w; u++) {
                // invert the projection: the ray through (u, v) meets the rotated plane at source (x, y)
                double du = u - cx;
                double dv = v - cy;
                double x = f * du / (f * cos - du * sin);
                double z = x * sin + f;
                double y = dv * z / f;
                int sx = (int) Math.round(x + cx);
                int sy = (int) Math.round(y + cy);
                if (sx >= 0 && sy >= 0 && sx < w && sy < h) {
                    out.setRGB(u, v, src.getRGB(sx, sy));
                }
            }
        }
        return out;
    }

    /**
     * Moves the inner face (eyes, nose, mouth) sideways while its outline stays, the way features move
     * when a head turns. Positive {@code amount} (fraction of the face width) moves them towards the
     * image's right: the person appears turned to their own left.
     */
    public static BufferedImage turnedFace(BufferedImage src, FaceBox box, double amount) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        double radiusX = box.width() * 0.6;
        double radiusY = box.height() * 0.7;
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                double nx = (x - box.centerX()) / radiusX;
                double ny = (y - box.centerY()) / radiusY;
                double r = Math.sqrt(nx * nx + ny * ny);
                double shift = r < 1 ? amount * box.width() * Math.cos(r * Math.PI / 2) : 0;
                int sx = Math.max(0, Math.min(src.getWidth() - 1, (int) Math.round(x - shift)));
                out.setRGB(x, y, src.getRGB(sx, y));
            }
        }
        return out;
    }

    /** Paints both eyes shut: skin colour from below each eye over the eye, and a dark lash line. */
    public static BufferedImage closedEyes(BufferedImage src, FaceLandmarks landmarks) {
        BufferedImage out = crop(src, 0, 0, src.getWidth(), src.getHeight());
        Graphics2D g = smooth(out);
        paintClosedEye(g, src, landmarks.imageLeftEyeCenter(), landmarks.imageLeftEyeWidth());
        paintClosedEye(g, src, landmarks.imageRightEyeCenter(), landmarks.imageRightEyeWidth());
        g.dispose();
        return out;
    }

    private static void paintClosedEye(Graphics2D g, BufferedImage src, double[] center, double width) {
        int skinX = (int) center[0];
        int skinY = (int) (center[1] + width * 0.75);
        g.setColor(new Color(src.getRGB(skinX, Math.min(src.getHeight() - 1, skinY))));
        double w = width * 1.4;
        double h = width * 0.8;
        g.fill(new java.awt.geom.Ellipse2D.Double(center[0] - w / 2, center[1] - h / 2, w, h));
        g.setColor(new Color(40, 30, 25));
        g.setStroke(new BasicStroke((float) Math.max(1.5, width / 10)));
        g.draw(new java.awt.geom.Arc2D.Double(center[0] - width / 2, center[1] - h / 2, width, h * 0.9, 200, 140,
                java.awt.geom.Arc2D.OPEN));
    }

    public static byte[] png(BufferedImage image) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = writers.next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(toBgr(image), null, null), param);
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /** The image turned a quarter anticlockwise, as a phone held sideways stores it (EXIF orientation 6 turns it back). */
    public static BufferedImage quarterTurnAnticlockwise(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getHeight(), src.getWidth(), BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                out.setRGB(y, src.getWidth() - 1 - x, src.getRGB(x, y));
            }
        }
        return out;
    }

    /**
     * The JPEG with an EXIF block (APP1, written the way phones do) holding only the Orientation tag,
     * inserted right after the start-of-image marker.
     */
    public static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(26)
                .order(littleEndian ? java.nio.ByteOrder.LITTLE_ENDIAN : java.nio.ByteOrder.BIG_ENDIAN);
        tiff.put(littleEndian ? (byte) 'I' : (byte) 'M').put(littleEndian ? (byte) 'I' : (byte) 'M')
                .putShort((short) 42).putInt(8)             // header, first directory at offset 8
                .putShort((short) 1)                        // one entry
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);                                 // no next directory
        return withApp1(jpeg, tiff.array());
    }

    /** The JPEG with an APP1 "Exif" segment of the given TIFF bytes (which may be deliberately broken). */
    public static byte[] withApp1(byte[] jpeg, byte[] tiff) {
        byte[] exifHeader = {'E', 'x', 'i', 'f', 0, 0};
        int length = 2 + exifHeader.length + tiff.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(exifHeader, 0, exifHeader.length);
        out.write(tiff, 0, tiff.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static BufferedImage blank(int w, int h, Color fill) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        g.setColor(fill);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return out;
    }

    private static Graphics2D smooth(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        return g;
    }

    private static BufferedImage toBgr(BufferedImage src) {
        if (src.getType() == BufferedImage.TYPE_3BYTE_BGR) {
            return src;
        }
        BufferedImage out = blank(src.getWidth(), src.getHeight(), Color.WHITE);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage toIntRgb(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return out;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
