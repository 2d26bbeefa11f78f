package org.smavs.server.config;

import java.util.List;

/** What the HTTP edge accepts: CORS origins, proxy trust and upload limits. */
public record HttpSettings(List<String> corsOrigins, boolean corsCredentials, boolean trustProxyHeaders,
                           int uploadMaxImageMb, List<String> uploadAllowedImageTypes) {

    public HttpSettings {
        corsOrigins = List.copyOf(corsOrigins);
        uploadAllowedImageTypes = List.copyOf(uploadAllowedImageTypes);
    }

    static HttpSettings fromEnvironment(EnvReader read, ServerConfig.Environment environment) {
        return new HttpSettings(
                read.list("CORS_ALLOW_ORIGINS", environment == ServerConfig.Environment.DEV ? "*" : ""),
                read.bool("CORS_ALLOW_CREDENTIALS", false),
                read.bool("SMAVS_TRUST_PROXY", false),
                read.integer("UPLOAD_MAX_IMAGE_MB", 5),
                read.list("UPLOAD_ALLOWED_IMAGE_TYPES", "image/jpeg,image/png"));
    }

    public long uploadMaxBytes() {
        return uploadMaxImageMb * 1024L * 1024L;
    }
}
