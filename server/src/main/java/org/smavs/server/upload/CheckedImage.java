package org.smavs.server.upload;

/** An upload that passed the checks, re-encoded (no metadata, no trailing bytes). */
public record CheckedImage(byte[] data, String contentType, int width, int height, byte[] original) {
    public String extension() {
        return contentType.equals("image/png") ? "png" : "jpg";
    }
}
