package org.smavs.server.http;

import org.smavs.server.web.RequestContext;
import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/** Echoes a sane client X-Request-ID or makes one; puts it in the logging context. */
final class RequestIds {
    static final String HEADER = "X-Request-ID";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._:-]{1,64}$");

    private final boolean trustProxyHeaders;

    RequestIds(boolean trustProxyHeaders) {
        this.trustProxyHeaders = trustProxyHeaders;
    }

    void before(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        RequestContext.bindRequest(ctx, id, clientIp(ctx));
        ctx.header(HEADER, id);
        MDC.put("requestId", id);
    }

    void after(Context ctx) {
        MDC.remove("requestId");
    }

    private String clientIp(Context ctx) {
        if (trustProxyHeaders) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return ctx.ip();
    }
}
