package org.smavs.server.http;

import io.javalin.http.Context;

/** Headers every response carries; API responses get a CSP that forbids everything. */
final class SecurityHeaders {
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    // The documentation pages load their own scripts and styles from this server only.
    private static final String DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    /** The headers that do not depend on the request, also sent on Jetty's own error answers. */
    static final java.util.Map<String, String> FIXED = java.util.Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store");
    static final String API_POLICY = API_CSP;

    void apply(Context ctx) {
        FIXED.forEach(ctx::header);
        String path = ctx.path();
        boolean docs = path.startsWith("/docs") || path.startsWith("/redoc") || path.startsWith("/webjars");
        ctx.header("Content-Security-Policy", docs ? DOCS_CSP : API_CSP);
        if ("https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
