package org.smavs.desktop.login;

import java.time.Duration;
import org.smavs.client.ApiClient;
import org.smavs.desktop.shell.SignedInSession;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;

/** Signs in through the typed API client: login, then /me to learn the role. */
public final class ApiSignInService implements SignInService {
    private final Duration timeout;

    public ApiSignInService(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public SignedInSession signIn(String serverUrl, String email, String password) {
        ApiClient client = new ApiClient(serverUrl, timeout);
        TokenPair tokens = client.auth().login(email, password);
        User user = client.auth().me();
        return new SignedInSession(user, client, tokens);
    }
}
