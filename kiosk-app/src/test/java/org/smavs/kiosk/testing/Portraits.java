package org.smavs.kiosk.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.RescaleOp;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Camera pictures made from the two public-domain portraits (test resources {@code faces/}): the face placed at a
 * chosen size and position in a 640×480 frame, two faces side by side, a dark frame, a frame without a face. The
 * face boxes below were measured once with OpenCV's frontal-face cascade on the original portraits.
 */
public final class Portraits {
    public static final int WIDTH = 640;
    public static final int HEIGHT = 480;
    private static final Color BACKGROUND = new Color(128, 128, 124);

    /** A portrait and where its face is, in the portrait's own pixels. */
    public enum Person {
        ASTRONAUT("faces/astronaut.jpg", new Rectangle(176, 66, 96, 96)),
        GRACE_HOPPER("faces/grace_hopper.jpg", new Rectangle(158, 112, 221, 221));

        private final String resource;
        private final Rectangle face;
        private BufferedImage photo;

        Person(String resource, Rectangle face) {
            this.resource = resource;
            this.face = face;
        }

        /** Decoded once; callers draw from it and never change it. */
        public synchronized BufferedImage photo() {
            if (photo == null) {
                photo = decode();
            }
            return photo;
        }

        private BufferedImage decode() {
            try (InputStream in = Portraits.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing test resource " + resource);
                }
                return ImageIO.read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Portraits() {
    }

    /** {@code person}'s face {@code faceHeight} (fraction of the frame's height) tall, centred at (cx, cy) fractions. */
    public static BufferedImage framed(Person person, double faceHeight, double cx, double cy) {
        return framed(person, faceHeight, cx, cy, WIDTH, HEIGHT);
    }

    /** The same in a frame of another size, e.g. a 1280×720 camera. */
    public static BufferedImage framed(Person person, double faceHeight, double cx, double cy, int width, int height) {
        BufferedImage frame = blank(width, height);
        Graphics2D g = frame.createGraphics();
        draw(g, person, faceHeight, cx, cy, width, height);
        g.dispose();
        return frame;
    }

    /** Face well inside the oval: a third of the frame's height, in the middle. */
    public static BufferedImage good(Person person) {
        return framed(person, 0.36, 0.5, 0.5);
    }

    public static BufferedImage good(Person person, int width, int height) {
        return framed(person, 0.36, 0.5, 0.5, width, height);
    }

    public static BufferedImage sideBySide(Person left, Person right) {
        BufferedImage frame = blank(WIDTH, HEIGHT);
        Graphics2D g = frame.createGraphics();
        // the right photo is drawn first and clipped so neither covers the other's face
        g.setClip(WIDTH / 2, 0, WIDTH / 2, HEIGHT);
        draw(g, right, 0.32, 0.73, 0.5, WIDTH, HEIGHT);
        g.setClip(0, 0, WIDTH / 2, HEIGHT);
        draw(g, left, 0.32, 0.27, 0.5, WIDTH, HEIGHT);
        g.dispose();
        return frame;
    }

    /** The good picture at a fifth of its brightness: a kiosk in a dim corridor. */
    public static BufferedImage dark(Person person) {
        BufferedImage good = good(person);
        BufferedImage dark = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        new RescaleOp(0.2f, 0, null).filter(good, dark);
        return dark;
    }

    /** Nobody there: the pale background behind Grace Hopper (the portrait's top right), stretched over the frame. */
    public static BufferedImage noFace() {
        BufferedImage photo = Person.GRACE_HOPPER.photo();
        BufferedImage frame = blank(WIDTH, HEIGHT);
        Graphics2D g = frame.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(photo, 0, 0, WIDTH, HEIGHT, 400, 0, 512, 140, null);
        g.dispose();
        return frame;
    }

    public static Path write(BufferedImage image, Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(name);
        ImageIO.write(image, name.endsWith(".png") ? "png" : "jpg", file.toFile());
        return file;
    }

    private static BufferedImage blank(int width, int height) {
        BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = frame.createGraphics();
        g.setColor(BACKGROUND);
        g.fillRect(0, 0, width, height);
        g.dispose();
        return frame;
    }

    /**
     * Draws the portrait scaled and shifted so its face lands where asked, inside the clip. Outside the photo its
     * edge pixels are repeated: a small photo pasted on flat grey has a sharp rectangular edge that the cascade
     * can take for a large face, which a real camera picture never has.
     */
    private static void draw(Graphics2D g, Person person, double faceHeight, double cx, double cy, int width,
                             int height) {
        BufferedImage photo = person.photo();
        double scale = faceHeight * height / person.face.height;
        int w = Math.max(1, (int) Math.round(photo.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(photo.getHeight() * scale));
        BufferedImage scaled = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D s = scaled.createGraphics();
        s.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        s.drawImage(photo, 0, 0, w, h, null);
        s.dispose();
        int x0 = (int) Math.round(cx * width - person.face.getCenterX() * scale);
        int y0 = (int) Math.round(cy * height - person.face.getCenterY() * scale);
        BufferedImage extended = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            int sy = Math.max(0, Math.min(h - 1, y - y0));
            for (int x = 0; x < width; x++) {
                int sx = Math.max(0, Math.min(w - 1, x - x0));
                extended.setRGB(x, y, scaled.getRGB(sx, sy));
            }
        }
        g.drawImage(extended, 0, 0, null);
    }
}
