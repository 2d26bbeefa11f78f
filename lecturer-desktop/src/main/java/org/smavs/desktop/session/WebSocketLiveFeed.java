package org.smavs.desktop.session;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.function.Supplier;
import org.smavs.client.ApiClient;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.ApiPaths;

/**
 * {@link LiveFeed} on the JDK WebSocket at {@code /lecturers/sessions/{id}/live}, authenticated with the
 * current bearer token, reconnecting with exponential backoff when the line drops.
 */
public final class WebSocketLiveFeed implements LiveFeed {
    private final ApiClient client;
    private final Supplier<String> accessToken;
    private final UiExecutor executor;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    public WebSocketLiveFeed(ApiClient client, Supplier<String> accessToken, UiExecutor executor) {
        this.client = client;
        this.accessToken = accessToken;
        this.executor = executor;
    }

    @Override
    public Connection connect(long sessionId, Listener listener) {
        LiveSocket socket = new LiveSocket(http, liveUri(client.baseUrl(), sessionId), accessToken,
                this::renewToken, client.json(), executor, listener);
        socket.open();
        return socket;
    }

    /** Any authenticated call renews an expired access token: the API client refreshes it on a 401. */
    private void renewToken() {
        client.auth().me();
    }

    static URI liveUri(String baseUrl, long sessionId) {
        String base = baseUrl.replaceFirst("^http", "ws");
        return URI.create(base + ApiPaths.withId(ApiPaths.LECTURER_SESSION_LIVE, sessionId));
    }
}
