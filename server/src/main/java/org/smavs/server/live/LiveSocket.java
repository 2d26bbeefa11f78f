package org.smavs.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.auth.Role;
import org.smavs.server.identity.Actor;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.error.ForbiddenException;
import org.smavs.server.error.NotFoundException;

/**
 * WebSocket {@code /api/v1/lecturers/sessions/{id}/live}. The HTTP access check does not see upgrade
 * requests, so this class authenticates the upgrade itself: {@code Authorization: Bearer} or, for browsers
 * that cannot set headers on a WebSocket, {@code ?token=}. Only the session's lecturer or an admin may
 * listen; anyone else is refused before the upgrade with the same 404 as the HTTP routes.
 */
public final class LiveSocket {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSocket.class);

    /** Throws {@link NotFoundException} unless {@code actor} may see session {@code sessionId}. */
    @FunctionalInterface
    public interface SessionGate {
        void requireVisible(long sessionId, Actor actor);
    }

    private final Authenticator authenticator;
    private final SessionGate gate;
    private final LiveEvents events;
    private final ObjectMapper json;
    private final Map<String, Runnable> unsubscribers = new ConcurrentHashMap<>();
    private final List<String> allowedOrigins;

    /**
     * {@code allowedOrigins}: the CORS allow-list ("*" = any). Browsers send {@code Origin} on every WebSocket
     * upgrade and CORS does not apply to WebSockets, so without this check any web page a lecturer visits
     * could open their live roster with a token it got hold of ({@code ?token=}). Desktop clients send no
     * Origin and are not affected.
     */
    public LiveSocket(Authenticator authenticator, SessionGate gate, LiveEvents events, ObjectMapper json,
                      List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.authenticator = authenticator;
        this.gate = gate;
        this.events = events;
        this.json = json;
    }

    public void install(JavalinConfig config) {
        config.routes.wsBeforeUpgrade(ApiPaths.LECTURER_SESSION_LIVE, this::authorizeUpgrade);
        config.routes.ws(ApiPaths.LECTURER_SESSION_LIVE, ws -> {
            ws.onConnect(ctx -> {
                long sessionId = sessionId(ctx.pathParam("id"));
                ctx.enableAutomaticPings();
                unsubscribers.put(ctx.sessionId(), events.subscribe(sessionId, event -> send(ctx, event)));
            });
            ws.onClose(ctx -> unsubscribe(ctx));
            ws.onError(ctx -> unsubscribe(ctx));
        });
    }

    private void authorizeUpgrade(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin != null && !allowedOrigins.contains("*") && !allowedOrigins.contains(origin)) {
            throw new ForbiddenException("This web page's origin may not open the live roster");
        }
        String header = ctx.header("Authorization");
        String token = ctx.queryParam("token");
        String authorization = header != null && !header.isBlank() ? header
                : token != null && !token.isBlank() ? "Bearer " + token : null;
        Actor actor = authenticator.authenticate(authorization, ctx.header("X-Request-ID"), ctx.ip());
        if (actor.isKiosk() || actor.role() == Role.STUDENT) {
            throw new ForbiddenException("Only lecturers and admins can follow a live roster");
        }
        gate.requireVisible(sessionId(ctx.pathParam("id")), actor);
    }

    private void send(WsContext ctx, LiveEvent event) {
        try {
            String text = json.writeValueAsString(event);
            synchronized (ctx.session) {
                if (ctx.session.isOpen()) {
                    ctx.send(text);
                }
            }
        } catch (JsonProcessingException e) {
            LOG.warn("Could not encode a live event", e);
        }
    }

    private void unsubscribe(WsContext ctx) {
        Runnable unsubscribe = unsubscribers.remove(ctx.sessionId());
        if (unsubscribe != null) {
            unsubscribe.run();
        }
    }

    private static long sessionId(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw new NotFoundException("No session with id '" + raw + "'");
        }
    }
}
