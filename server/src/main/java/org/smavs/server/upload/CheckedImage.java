package org.smavs.server.upload;

import java.awt.image.BufferedImage;

/**
 * An upload decoded once and turned upright: {@code decoded} (3-byte BGR, at most {@link ImageUploads#MAX_SIDE}
 * on its longer side) is what the face pipeline analyses, {@code data} the JPEG re-encoded from it that is
 * stored (no metadata, no trailing bytes, whatever the client sent).
 */
public record CheckedImage(byte[] data, String contentType, int width, int height, BufferedImage decoded) {
    public String extension() {
        return contentType.equals("image/png") ? "png" : "jpg";
    }
}
