package org.smavs.server.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.model.ApiPaths;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.auth.Role;
import org.smavs.server.identity.Actor;
import org.smavs.server.auth.AccessTokens;
import org.smavs.server.auth.Authenticator;
import org.smavs.server.error.DomainException;
import org.smavs.server.error.ForbiddenException;
import org.smavs.server.error.NotFoundException;

/**
 * WebSocket {@code /api/v1/lecturers/sessions/{id}/live}. The HTTP access check does not see upgrade
 * requests, so this class authenticates the upgrade itself: {@code Authorization: Bearer} or, for browsers
 * that cannot set headers on a WebSocket, {@code ?token=}. Only the session's lecturer or an admin may
 * listen; anyone else is refused before the upgrade with the same 404 as the HTTP routes.
 * A connection outlives the check at its upgrade, so {@link #recheck} (run every few seconds) asks again:
 * once the token has expired, the login was signed out, the account was deactivated or lost the right to
 * the session, the connection is closed with 1008 (policy violation) and a sentence saying why.
 */
public final class LiveSocket {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSocket.class);
    /** RFC 6455 close code 1008: the endpoint's policy no longer allows this connection. */
    static final int POLICY_VIOLATION = 1008;

    /** Throws {@link NotFoundException} unless {@code actor} may see session {@code sessionId}. */
    @FunctionalInterface
    public interface SessionGate {
        void requireVisible(long sessionId, Actor actor);
    }

    private final Authenticator authenticator;
    private final SessionGate gate;
    private final LiveEvents events;
    private final ObjectMapper json;
    private final Map<String, Listener> listeners = new ConcurrentHashMap<>();
    private final List<String> allowedOrigins;
    private final Clock clock;

    /** One open connection: who it was opened for, and how to stop its events. */
    private record Listener(WsContext ctx, long sessionId, AccessTokens.VerifiedToken token, Runnable unsubscribe) {
    }

    /**
     * {@code allowedOrigins}: the CORS allow-list ("*" = any). Browsers send {@code Origin} on every WebSocket
     * upgrade and CORS does not apply to WebSockets, so without this check any web page a lecturer visits
     * could open their live roster with a token it got hold of ({@code ?token=}). Desktop clients send no
     * Origin and are not affected.
     */
    public LiveSocket(Authenticator authenticator, SessionGate gate, LiveEvents events, ObjectMapper json,
                      List<String> allowedOrigins, Clock clock) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
        this.clock = clock;
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
                AccessTokens.VerifiedToken token;
                try {
                    token = authenticator.verifyBearer(authorization(ctx.header("Authorization"),
                            ctx.queryParam("token")));
                } catch (DomainException expiredSinceTheUpgrade) {
                    // the token was checked at the upgrade and ran out in between: a refusal, not a server error
                    ctx.closeSession(POLICY_VIOLATION, expiredSinceTheUpgrade.getMessage());
                    return;
                }
                ctx.enableAutomaticPings();
                listeners.put(ctx.sessionId(), new Listener(ctx, sessionId, token,
                        events.subscribe(sessionId, event -> send(ctx, token, event))));
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
        Actor actor = authenticator.authenticate(authorization(ctx.header("Authorization"), ctx.queryParam("token")),
                ctx.header("X-Request-ID"), ctx.ip());
        requireListener(actor, sessionId(ctx.pathParam("id")));
    }

    private void requireListener(Actor actor, long sessionId) {
        if (actor.isKiosk() || actor.role() == Role.STUDENT) {
            throw new ForbiddenException("Only lecturers and admins can follow a live roster");
        }
        gate.requireVisible(sessionId, actor);
    }

    private static String authorization(String header, String token) {
        return header != null && !header.isBlank() ? header
                : token != null && !token.isBlank() ? "Bearer " + token : null;
    }

    /** Closes every connection whose caller may no longer listen; the scheduler runs this every few seconds. */
    public void recheck() {
        for (Listener listener : listeners.values()) {
            String refusal = refusal(listener);
            if (refusal != null) {
                close(listener, refusal);
            }
        }
    }

    /** Why {@code listener} may no longer listen, or null while it may. */
    private String refusal(Listener listener) {
        if (!clock.instant().isBefore(listener.token().expiresAt())) {
            return "Your sign-in has expired; reconnect with a fresh token";
        }
        try {
            requireListener(authenticator.actorOf(listener.token(), null, null), listener.sessionId());
            return null;
        } catch (DomainException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("Could not re-check a live roster connection; it stays open until the next check", e);
            return null;
        }
    }

    private void close(Listener listener, String reason) {
        unsubscribe(listener.ctx());
        try {
            // a close reason is at most 123 bytes on the wire
            listener.ctx().closeSession(POLICY_VIOLATION, reason.length() > 120 ? reason.substring(0, 120) : reason);
        } catch (RuntimeException e) {
            LOG.debug("Live roster connection was already gone", e);
        }
    }

    private void send(WsContext ctx, AccessTokens.VerifiedToken token, LiveEvent event) {
        if (!clock.instant().isBefore(token.expiresAt())) {
            Listener listener = listeners.get(ctx.sessionId());
            if (listener != null) {
                close(listener, "Your sign-in has expired; reconnect with a fresh token");
            }
            return; // an expired token hears nothing more, even between two re-checks
        }
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
        Listener listener = listeners.remove(ctx.sessionId());
        if (listener != null) {
            listener.unsubscribe().run();
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
