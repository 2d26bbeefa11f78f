package org.smavs.desktop.login;

import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.smavs.client.ApiClient;
import org.smavs.desktop.shell.SignedInSession;
import org.smavs.model.auth.TokenPair;
import org.smavs.model.auth.User;

/** Signs in through the typed API client: login (password or the university's sign-on), then /me for the role. */
public final class ApiSignInService implements SignInService {
    private final Duration timeout;
    private final Duration universityPatience;
    private volatile UniversitySignIn universitySignIn;

    public ApiSignInService(Duration timeout) {
        this(timeout, UniversitySignIn.PATIENCE);
    }

    public ApiSignInService(Duration timeout, Duration universityPatience) {
        this.timeout = timeout;
        this.universityPatience = universityPatience;
    }

    @Override
    public SignedInSession signIn(String serverUrl, String email, String password, String totpCode) {
        ApiClient client = new ApiClient(serverUrl, timeout);
        return session(client, client.auth().login(email, password, totpCode));
    }

    @Override
    public String singleSignOnName(String serverUrl) {
        try {
            return new ApiClient(serverUrl, Duration.ofSeconds(5)).auth().providers().oidcName();
        } catch (RuntimeException unreachableOrOlderServer) {
            return null; // the button simply stays hidden; password sign-in reports reachability itself
        }
    }

    @Override
    public SignedInSession signInWithUniversity(String serverUrl, Consumer<URI> browser) {
        ApiClient client = new ApiClient(serverUrl, timeout);
        UniversitySignIn flow = new UniversitySignIn(browser, universityPatience);
        universitySignIn = flow;
        try {
            return session(client, flow.signIn(client));
        } finally {
            universitySignIn = null;
        }
    }

    @Override
    public void cancelUniversitySignIn() {
        UniversitySignIn flow = universitySignIn;
        if (flow != null) {
            flow.cancel();
        }
    }

    private static SignedInSession session(ApiClient client, TokenPair tokens) {
        User user = client.auth().me();
        return new SignedInSession(user, client, tokens);
    }
}
