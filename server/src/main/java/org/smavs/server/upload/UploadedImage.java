package org.smavs.server.upload;

/**
 * An upload that passed the cheap checks (size, content type by its first bytes, pixel count from its header)
 * and has not been decoded yet: what a use case holds while it checks everything else first.
 */
public record UploadedImage(String field, byte[] data, String contentType, int width, int height) {
}
