package org.smavs.kiosk.camera;

import java.awt.image.BufferedImage;

/** One camera picture. {@code sequence} grows by one per captured frame, so readers can tell a new one. */
public record Frame(BufferedImage image, long sequence) {
}
