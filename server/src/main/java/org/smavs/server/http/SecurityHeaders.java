package org.smavs.server.http;

import io.javalin.http.Context;

/** Headers every response carries; API responses get a CSP that forbids everything. */
final class SecurityHeaders {
    private static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    // The documentation pages load their own scripts and styles from this server only.
    private static final String DOCS_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'";

    void apply(Context ctx) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String path = ctx.path();
        boolean docs = path.startsWith("/docs") || path.startsWith("/redoc") || path.startsWith("/webjars");
        ctx.header("Content-Security-Policy", docs ? DOCS_CSP : API_CSP);
        if ("https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto")) || "https".equals(ctx.scheme())) {
            ctx.header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
    }
}
