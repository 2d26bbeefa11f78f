package org.smavs.desktop.login;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import java.net.URI;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import org.smavs.model.error.ErrorCodes;
import javafx.beans.property.StringProperty;
import org.smavs.client.ApiException;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.DesktopSettingsStore;
import org.smavs.desktop.shell.ErrorMessages;
import org.smavs.desktop.shell.SignedInSession;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.auth.Role;

/**
 * Sign-in form: server address (remembered), email, password, the authenticator code when the account has a
 * second factor, and the university's single sign-on when the server offers it.
 */
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
    private final StringProperty code = new SimpleStringProperty("");
    private final BooleanProperty needsCode = new SimpleBooleanProperty(false);
    private final StringProperty singleSignOnName = new SimpleStringProperty(null);
    private final BooleanProperty waitingForBrowser = new SimpleBooleanProperty(false);
    private final Consumer<URI> browser;
    private final BooleanBinding canSignIn;

    public LoginViewModel(SignInService signIn, DesktopSettingsStore store, UiExecutor executor,
                          Consumer<SignedInSession> onSignedIn) {
        this(signIn, store, executor, onSignedIn, uri -> {
            throw new UniversitySignIn.SignInFailed("No browser can be opened here.");
        });
    }

    /** {@code browser}: opens an address in the person's browser, for the university's single sign-on. */
    public LoginViewModel(SignInService signIn, DesktopSettingsStore store, UiExecutor executor,
                          Consumer<SignedInSession> onSignedIn, Consumer<URI> browser) {
        this.browser = browser;
        this.signIn = signIn;
        this.store = store;
        this.executor = executor;
        this.onSignedIn = onSignedIn;
        this.status = new CallStatus(executor);
        serverUrl.set(store.serverUrl().orElse(DEFAULT_SERVER));
        email.set(store.lastEmail().orElse(""));
        canSignIn = Bindings.createBooleanBinding(
                () -> !status.isBusy() && !isBlank(serverUrl.get()) && !isBlank(email.get()) && !isBlank(password.get())
                        && (!needsCode.get() || !isBlank(code.get())),
                serverUrl, email, password, status.busyProperty(), needsCode, code);
        // A different account or server asks afresh whether a code is needed.
        email.addListener((obs, old, now) -> needsCode.set(false));
        serverUrl.addListener((obs, old, now) -> needsCode.set(false));
    }

    /** Asks the server (in the background) whether it offers single sign-on, to show or hide its button. */
    public void refreshSignInOptions() {
        if (isBlank(serverUrl.get())) {
            singleSignOnName.set(null);
            return;
        }
        String url = normalise(serverUrl.get());
        executor.submit(() -> java.util.Optional.ofNullable(signIn.singleSignOnName(url)),
                name -> singleSignOnName.set(name.orElse(null)), failure -> singleSignOnName.set(null));
    }

    /** Opens the browser at the university's sign-in; the app waits (cancellable) until it comes back. */
    public void signInWithUniversity() {
        if (status.isBusy() || isBlank(serverUrl.get())) {
            return;
        }
        String url = normalise(serverUrl.get());
        waitingForBrowser.set(true);
        status.run("sign in", () -> signIn.signInWithUniversity(url, browser), session -> {
            waitingForBrowser.set(false);
            accept(session, url, session.user().email());
        }, failure -> false, failure -> {
            waitingForBrowser.set(false);
            return failure instanceof UniversitySignIn.SignInFailed refused ? refused.getMessage()
                    : describe(failure);
        });
    }

    public void cancelUniversitySignIn() {
        signIn.cancelUniversitySignIn();
    }

    public void signIn() {
        if (!canSignIn.get()) {
            return;
        }
        String url = normalise(serverUrl.get());
        String mail = email.get().strip();
        String secret = password.get();
        String totp = needsCode.get() ? code.get().strip() : null;
        serverUrl.set(url);
        // Retry only when the server could not be reached: after a refusal it would send the same password again
        status.run("sign in", () -> signIn.signIn(url, mail, secret, totp), session -> accept(session, url, mail),
                failure -> !(failure instanceof org.smavs.client.ApiException api) || api.status() == 0
                        || api.status() >= 500, this::describeAndAdapt);
    }

    /** The sentence for a refusal; a request for the second factor also shows its field. */
    private String describeAndAdapt(Throwable failure) {
        if (failure instanceof ApiException api && ErrorCodes.TOTP_REQUIRED.equals(code(api))) {
            needsCode.set(true);
            return "Enter the 6-digit code from your authenticator app (or a recovery code).";
        }
        if (failure instanceof ApiException api && ErrorCodes.TOTP_INVALID.equals(code(api))) {
            this.code.set("");
            return "That code is not right or was already used. Type the code shown now.";
        }
        if (failure instanceof ApiException api && ErrorCodes.SSO_ONLY.equals(code(api))) {
            return "This account signs in with " + (singleSignOnName.get() == null ? "the university's single sign-on"
                    : singleSignOnName.get()) + ". Use the button below the password.";
        }
        return describe(failure);
    }

    private static String code(ApiException api) {
        return api.error() == null ? null : api.error().code();
    }

    private void accept(SignedInSession session, String url, String mail) {
        store.remember(url, mail);
        password.set("");
        code.set("");
        needsCode.set(false);
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

    public StringProperty codeProperty() {
        return code;
    }

    public BooleanProperty needsCodeProperty() {
        return needsCode;
    }

    /** The name on the single sign-on button; null while the server offers none. */
    public StringProperty singleSignOnNameProperty() {
        return singleSignOnName;
    }

    public BooleanProperty waitingForBrowserProperty() {
        return waitingForBrowser;
    }

    public BooleanBinding canSignInProperty() {
        return canSignIn;
    }

    public CallStatus status() {
        return status;
    }
}
