package org.smavs.desktop.login;

import org.smavs.desktop.shell.SignedInSession;

/** Signs in against a server; blocking (run it through the UiExecutor). */
public interface SignInService {
    /** Throws {@link org.smavs.client.ApiException} when the server refuses or cannot be reached. */
    SignedInSession signIn(String serverUrl, String email, String password);
}
