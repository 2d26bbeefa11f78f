package org.smavs.server.config;

import java.nio.file.Path;

/** Where uploaded images go: a local directory (default) or an S3-compatible bucket. */
public record StorageSettings(String backend, Path localDir, String bucket, String region, String accessKey,
                              String secretKey, String endpoint) {

    static StorageSettings fromEnvironment(EnvReader read, Path dataDir) {
        String backend = read.string("STORAGE_BACKEND", "local").toLowerCase();
        if (!backend.equals("local") && !backend.equals("s3")) {
            throw new IllegalArgumentException("STORAGE_BACKEND must be 'local' or 's3', got '" + backend + "'");
        }
        return new StorageSettings(backend,
                Path.of(read.string("SMAVS_STORAGE_DIR", dataDir.resolve("files").toString())),
                read.string("S3_BUCKET", null),
                read.string("S3_REGION", "us-east-1"),
                read.string("S3_ACCESS_KEY", null),
                read.string("S3_SECRET_KEY", null),
                read.string("S3_ENDPOINT", null));
    }

    public static StorageSettings local(Path dir) {
        return new StorageSettings("local", dir, null, null, null, null, null);
    }

    public static StorageSettings s3(String bucket, String region, String accessKey, String secretKey,
                                     String endpoint) {
        return new StorageSettings("s3", null, bucket, region, accessKey, secretKey, endpoint);
    }

    public boolean isS3() {
        return backend.equals("s3");
    }

    @Override
    public String toString() {
        return "StorageSettings[" + backend + (isS3() ? ", bucket=" + bucket + ", endpoint=" + endpoint : ", dir=" + localDir) + "]";
    }
}
