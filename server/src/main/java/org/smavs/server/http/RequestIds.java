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

    private final ClientAddress clientAddress;
    private final boolean trustAnyDirectPeer;

    RequestIds(ClientAddress clientAddress, boolean trustAnyDirectPeer) {
        this.clientAddress = clientAddress;
        this.trustAnyDirectPeer = trustAnyDirectPeer;
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
        return clientAddress.resolve(ctx.ip(), ctx.header("X-Forwarded-For"), trustAnyDirectPeer);
    }
}
