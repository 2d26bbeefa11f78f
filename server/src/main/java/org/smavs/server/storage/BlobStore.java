package org.smavs.server.storage;

/**
 * Where uploaded images live: {@link LocalBlobStore} (a directory) or {@link S3BlobStore} (an
 * S3-compatible bucket). Keys are server-generated paths such as {@code selfies/2026/11/<uuid>.jpg}.
 */
public interface BlobStore {

    void put(String key, byte[] data, String contentType);

    /** The stored bytes; throws {@link org.smavs.server.error.NotFoundException} for an unknown key. */
    byte[] get(String key);

    /** Deletes the object; deleting a missing key is not an error. */
    void delete(String key);

    /** "local" or "s3", for /health. */
    String backendName();
}
