package org.smavs.desktop.login;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.smavs.client.ApiException;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.DesktopSettingsStore;
import org.smavs.desktop.shell.ErrorMessages;
import org.smavs.desktop.shell.SignedInSession;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.auth.Role;

/** Sign-in form: server address (remembered), email, password. */
public final class LoginViewModel {
    static final String DEFAULT_SERVER = "http://localhost:8000";

    private final SignInService signIn;
    private final DesktopSettingsStore store;
    private final UiExecutor executor;
    private final Consumer<SignedInSession> onSignedIn;
    private final CallStatus status;
    private final StringProperty serverUrl = new SimpleStringProperty();
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanBinding canSignIn;

    public LoginViewModel(SignInService signIn, DesktopSettingsStore store, UiExecutor executor,
                          Consumer<SignedInSession> onSignedIn) {
        this.signIn = signIn;
        this.store = store;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
        this.status = new CallStatus(executor);
        serverUrl.set(store.serverUrl().orElse(DEFAULT_SERVER));
        email.set(store.lastEmail().orElse(""));
        canSignIn = Bindings.createBooleanBinding(
                () -> !status.isBusy() && !isBlank(serverUrl.get()) && !isBlank(email.get()) && !isBlank(password.get()),
                serverUrl, email, password, status.busyProperty());
    }

    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String url = normalise(serverUrl.get());
        String mail = email.get().strip();
        String secret = password.get();
        serverUrl.set(url);
        // Retry only when the server could not be reached: after a refusal it would send the same password again
        status.run("sign in", () -> signIn.signIn(url, mail, secret), session -> accept(session, url, mail),
                failure -> !(failure instanceof org.smavs.client.ApiException api) || api.status() == 0
                        || api.status() >= 500, LoginViewModel::describe);
    }

    private void accept(SignedInSession session, String url, String mail) {
        store.remember(url, mail);
        password.set("");
        if (session.user().role() == Role.STUDENT) {
            // Students have no business here; end their login on the server rather than leave it dangling.
            executor.runInBackground(session::signOut);
            status.fail("This app is for lecturers and admins. Students check in with the mobile app or a kiosk.");
            return;
        }
        onSignedIn.accept(session);
    }

    private static String describe(Throwable failure) {
        if (failure instanceof ApiException api && api.status() == 401) {
            return "The email or password is not correct.";
        }
        if (failure instanceof ApiException api && api.status() == 403) {
            return "This account is deactivated. Ask an administrator to re-activate it.";
        }
        if (failure instanceof IllegalArgumentException) {
            return "The server address is not valid. It should look like https://smavs.example.edu.";
        }
        return ErrorMessages.describe("sign in", failure);
    }

    /** Accepts "host:port" as typed by people: adds http:// and drops trailing slashes. */
    static String normalise(String url) {
        String trimmed = url.strip().replaceAll("/+$", "");
        String lower = trimmed.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? trimmed : "http://" + trimmed;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public StringProperty serverUrlProperty() {
        return serverUrl;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public CallStatus status() {
        return status;
    }
}
