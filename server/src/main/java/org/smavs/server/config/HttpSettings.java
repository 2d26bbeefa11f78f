package org.smavs.server.config;

import java.util.List;

/**
 * What the HTTP edge accepts: CORS origins, proxy trust and upload limits; and how long a stopping server lets
 * requests in flight finish (SMAVS_DRAIN_SECONDS; the systemd unit's TimeoutStopSec allows for it).
 */
public record HttpSettings(List<String> corsOrigins, boolean corsCredentials, boolean trustProxyHeaders,
                           List<String> trustedProxies, int uploadMaxImageMb, List<String> uploadAllowedImageTypes,
                           int drainSeconds, String metricsToken) {

    /** Without a metrics token: /metrics answers only scrapers on this machine. */
    public HttpSettings(List<String> corsOrigins, boolean corsCredentials, boolean trustProxyHeaders,
                        List<String> trustedProxies, int uploadMaxImageMb, List<String> uploadAllowedImageTypes,
                        int drainSeconds) {
        this(corsOrigins, corsCredentials, trustProxyHeaders, trustedProxies, uploadMaxImageMb, uploadAllowedImageTypes,
                drainSeconds, null);
    }

    public HttpSettings {
        corsOrigins = List.copyOf(corsOrigins);
        trustedProxies = List.copyOf(trustedProxies);
        uploadAllowedImageTypes = List.copyOf(uploadAllowedImageTypes);
    }

    static HttpSettings fromEnvironment(EnvReader read, ServerConfig.Environment environment) {
        return new HttpSettings(
                read.list("CORS_ALLOW_ORIGINS", environment == ServerConfig.Environment.DEV ? "*" : ""),
                read.bool("CORS_ALLOW_CREDENTIALS", false),
                read.bool("SMAVS_TRUST_PROXY", false),
                read.list("SMAVS_TRUSTED_PROXIES", ""),
                read.integer("UPLOAD_MAX_IMAGE_MB", 5),
                read.list("UPLOAD_ALLOWED_IMAGE_TYPES", "image/jpeg,image/png"),
                read.integer("SMAVS_DRAIN_SECONDS", 30),
                read.string("SMAVS_METRICS_TOKEN", null));
    }

    public long uploadMaxBytes() {
        return uploadMaxImageMb * 1024L * 1024L;
    }
}
