package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Plays the images of a folder (sorted by name, looping) as if they came from a camera. Used by the UI
 * tests and by {@code --demo-camera DIR}. The folder is listed again on every frame, so a test can "show" a
 * different picture to the camera by adding or removing files.
 */
public final class ImageFolderFrameSource implements FrameSource {
    private final Path folder;
    private final Duration frameInterval;
    private List<Path> files = List.of();
    private final List<BufferedImage> images = new ArrayList<>();
    private int next;

    public ImageFolderFrameSource(Path folder, Duration frameInterval) {
        this.folder = folder;
        this.frameInterval = frameInterval;
    }

    @Override
    public void open() {
        reloadIfChanged();
        if (images.isEmpty()) {
            throw new CameraUnavailableException("The demo camera folder " + folder + " has no pictures");
        }
    }

    @Override
    public BufferedImage grab() {
        try {
            Thread.sleep(frameInterval.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CameraUnavailableException("The camera was stopped", e);
        }
        reloadIfChanged();
        if (images.isEmpty()) {
            throw new CameraUnavailableException("The demo camera folder " + folder + " has no pictures");
        }
        BufferedImage image = images.get(next % images.size());
        next = (next + 1) % images.size();
        return image;
    }

    @Override
    public String describe() {
        return "pictures in " + folder.getFileName();
    }

    @Override
    public void close() {
        images.clear();
    }

    private void reloadIfChanged() {
        List<Path> current = listImages();
        if (current.equals(files)) {
            return;
        }
        images.clear();
        for (Path file : current) {
            try {
                BufferedImage image = ImageIO.read(file.toFile());
                if (image != null) {
                    images.add(image);
                }
            } catch (IOException unreadable) {
                // a half-written file; it is read again when the folder changes next
            }
        }
        files = current;
        next = 0;
    }

    private List<Path> listImages() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(ImageFolderFrameSource::isImage).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean isImage(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }
}
