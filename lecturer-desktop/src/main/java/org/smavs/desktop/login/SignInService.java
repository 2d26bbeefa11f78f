package org.smavs.desktop.login;

import java.net.URI;
import java.util.function.Consumer;
import org.smavs.desktop.shell.SignedInSession;

/** Signs in against a server; blocking (run it through the UiExecutor). */
public interface SignInService {
    /**
     * Password sign-in; {@code totpCode} is null unless the account has a second factor. Throws
     * {@link org.smavs.client.ApiException} when the server refuses or cannot be reached.
     */
    SignedInSession signIn(String serverUrl, String email, String password, String totpCode);

    /** The name on the server's single sign-on button, or null when it offers none (or cannot be asked). */
    default String singleSignOnName(String serverUrl) {
        return null;
    }

    /**
     * Single sign-on through the person's browser ({@code browser} opens an address in it); throws
     * {@link UniversitySignIn.SignInFailed} with a sentence when it does not complete.
     */
    default SignedInSession signInWithUniversity(String serverUrl, Consumer<URI> browser) {
        throw new UniversitySignIn.SignInFailed("This server does not offer single sign-on.");
    }

    /** Stops waiting for the browser during {@link #signInWithUniversity}. */
    default void cancelUniversitySignIn() {
    }
}
