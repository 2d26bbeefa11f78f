package org.smavs.desktop.shell;

import java.util.concurrent.atomic.AtomicReference;
import org.smavs.client.ApiClient;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;

/**
 * One login: the signed-in user, the API client holding their tokens, and the current access token (the
 * live WebSocket needs it; the client renews it silently and tells us through its refresh listener).
 */
public final class SignedInSession {
    private final User user;
    private final ApiClient client;
    private final AtomicReference<String> accessToken;

    public SignedInSession(User user, ApiClient client, TokenPair tokens) {
        this.user = user;
        this.client = client;
        this.accessToken = new AtomicReference<>(tokens == null ? null : tokens.accessToken());
        client.onTokensRefreshed(renewed -> accessToken.set(renewed.accessToken()));
    }

    public User user() {
        return user;
    }

    public ApiClient client() {
        return client;
    }

    public boolean isAdmin() {
        return user.role() == Role.ADMIN;
    }

    /** The bearer token to use right now (may have been renewed since login). */
    public String accessToken() {
        return accessToken.get();
    }

    /** Revokes this login's refresh tokens on the server; blocking. */
    public void signOut() {
        String refresh = client.refreshToken();
        if (refresh != null) {
            client.auth().logout(refresh);
        }
    }
}
