package org.smavs.desktop.session;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.attendance.LiveEvent;

/** One live connection: connect, read JSON events, and reconnect with backoff until closed. */
final class LiveSocket implements WebSocket.Listener, LiveFeed.Connection {
    private static final Logger LOG = LoggerFactory.getLogger(LiveSocket.class);
    private static final long MAX_BACKOFF_SECONDS = 30;

    private final HttpClient http;
    private final URI uri;
    private final Supplier<String> accessToken;
    private final Runnable renewToken;
    private final ObjectMapper json;
    private final UiExecutor executor;
    private final LiveFeed.Listener listener;
    private final StringBuilder partial = new StringBuilder();
    private volatile boolean closed;
    private volatile boolean renewBeforeConnect;
    private volatile WebSocket socket;
    private volatile UiExecutor.Cancellable pendingReconnect;
    private int failures;

    LiveSocket(HttpClient http, URI uri, Supplier<String> accessToken, Runnable renewToken, ObjectMapper json,
               UiExecutor executor, LiveFeed.Listener listener) {
        this.http = http;
        this.uri = uri;
        this.accessToken = accessToken;
        this.renewToken = renewToken;
        this.json = json;
        this.executor = executor;
        this.listener = listener;
    }

    void open() {
        state(LiveFeed.State.CONNECTING, "connecting");
        executor.runInBackground(this::connect);
    }

    private void connect() {
        if (closed) {
            return;
        }
        if (renewBeforeConnect) {
            renewBeforeConnect = false;
            try {
                renewToken.run();
            } catch (RuntimeException e) {
                LOG.debug("Token renewal before reconnect failed: {}", e.toString());
            }
        }
        http.newWebSocketBuilder()
                .header("Authorization", "Bearer " + accessToken.get())
                .connectTimeout(Duration.ofSeconds(10))
                .buildAsync(uri, this)
                .whenComplete((webSocket, failure) -> {
                    if (failure != null) {
                        connectionLost(failure);
                    }
                });
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        synchronized (this) {
            failures = 0;
        }
        if (closed) {
            webSocket.abort();
            return;
        }
        state(LiveFeed.State.LIVE, "live");
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            deliver(message);
        }
        webSocket.request(1);
        return null;
    }

    private void deliver(String message) {
        try {
            LiveEvent event = json.readValue(message, LiveEvent.class);
            executor.onUiThread(() -> {
                if (!closed) {
                    listener.onEvent(event);
                }
            });
        } catch (IOException e) {
            LOG.warn("Ignoring a live message this app cannot read: {}", e.getMessage());
        }
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        connectionLost(new IOException("closed by server (" + statusCode + ")"));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        connectionLost(error);
    }

    private void connectionLost(Throwable failure) {
        if (closed) {
            return;
        }
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof WebSocketHandshakeException handshake && handshake.getResponse().statusCode() == 401) {
            // The access token has probably expired while we were connected: renew it first.
            renewBeforeConnect = true;
        }
        long delay;
        synchronized (this) {
            failures++;
            delay = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(failures - 1, 5));
        }
        LOG.info("Live connection to {} lost ({}); retrying in {} s", uri.getPath(), cause.toString(), delay);
        state(LiveFeed.State.RECONNECTING, "connection lost, retrying in " + delay + " s");
        executor.onUiThread(() -> {
            if (!closed) {
                pendingReconnect = executor.schedule(Duration.ofSeconds(delay),
                        () -> executor.runInBackground(this::connect));
            }
        });
    }

    @Override
    public void close() {
        closed = true;
        UiExecutor.Cancellable reconnect = pendingReconnect;
        if (reconnect != null) {
            reconnect.cancel();
        }
        WebSocket current = socket;
        if (current != null) {
            current.sendClose(WebSocket.NORMAL_CLOSURE, "closed by user").exceptionally(failure -> {
                current.abort();
                return null;
            });
        }
        state(LiveFeed.State.CLOSED, "closed");
    }

    private void state(LiveFeed.State state, String detail) {
        executor.onUiThread(() -> listener.onStateChanged(state, detail));
    }
}
