package org.smavs.server.face;

/**
 * Turns an uploaded photo into face measurements. One real implementation ({@link OnnxFaceEngine}) and
 * fakes in tests. Implementations are thread-safe.
 */
public interface FaceEngine extends AutoCloseable {

    /**
     * Decodes a JPEG/PNG photo and analyses its largest face.
     *
     * @throws UnreadableImageException when the bytes are not a decodable image
     */
    FaceAnalysis analyze(byte[] imageBytes);

    /** Analyses an image decoded once by the caller (uploads are decoded when they are checked). */
    FaceAnalysis analyze(BgrImage image);

    /** Identifies the models in use; store it with each embedding, and never compare across versions. */
    String modelVersion();

    @Override
    void close();
}
