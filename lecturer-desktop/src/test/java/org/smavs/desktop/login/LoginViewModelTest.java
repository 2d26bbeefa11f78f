package org.smavs.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.desktop.shell.DesktopSettingsStore;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.shell.SignedInSession;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.auth.Role;
import org.smavs.model.error.ApiError;

class LoginViewModelTest {
    @TempDir Path dir;
    private final List<SignedInSession> signedIn = new ArrayList<>();

    private LoginViewModel model(SignInService service) {
        return new LoginViewModel(service, new DesktopSettingsStore(dir.resolve("desktop.properties")),
                new DirectUiExecutor(), signedIn::add);
    }

    private static SignInService answering(Role role) {
        return (url, email, password, code) -> new SignedInSession(Fixtures.user(1, email, role), new ApiClient(url), null);
    }

    @Test
    void wrongPasswordIsShownAsASentenceAndNobodyIsSignedIn() {
        LoginViewModel model = model((url, email, password, code) -> {
            throw new ApiException(401, new ApiError("Incorrect email or password", "INVALID_CREDENTIALS", "r", null));
        });
        model.emailProperty().set("lecturer@smavs.com");
        model.passwordProperty().set("nope");

        model.signIn();

        assertThat(model.status().error()).isEqualTo("The email or password is not correct.");
        assertThat(signedIn).isEmpty();
        assertThat(model.status().isBusy()).isFalse();
    }

    @Test
    void successfulSignInRemembersTheServerForNextTime() {
        LoginViewModel model = model(answering(Role.LECTURER));
        model.serverUrlProperty().set("smavs.example.edu:8000/");
        model.emailProperty().set("lecturer@smavs.com");
        model.passwordProperty().set("lecturer123");

        model.signIn();

        assertThat(signedIn).hasSize(1);
        assertThat(model.passwordProperty().get()).isEmpty();
        LoginViewModel next = model(answering(Role.LECTURER));
        assertThat(next.serverUrlProperty().get()).isEqualTo("http://smavs.example.edu:8000");
        assertThat(next.emailProperty().get()).isEqualTo("lecturer@smavs.com");
    }

    @Test
    void studentsAreTurnedAwayWithAnExplanation() {
        LoginViewModel model = model(answering(Role.STUDENT));
        model.emailProperty().set("student@smavs.com");
        model.passwordProperty().set("student123");

        model.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(model.status().error()).contains("for lecturers and admins");
    }

    @Test
    void unreachableServerOffersRetry() {
        int[] attempts = {0};
        LoginViewModel model = model((url, email, password, code) -> {
            attempts[0]++;
            throw new ApiException("Cannot reach", new java.io.IOException("Connection refused"));
        });
        model.emailProperty().set("a@b.c");
        model.passwordProperty().set("x");

        model.signIn();
        assertThat(model.status().error()).contains("cannot be reached");
        assertThat(model.status().retryableProperty().get()).isTrue();
        model.status().retry();

        assertThat(attempts[0]).isEqualTo(2);
    }

    @Test
    void aWrongPasswordOffersNoRetry() {
        LoginViewModel model = model((url, email, password, code) -> {
            throw new ApiException(401, new org.smavs.model.error.ApiError("Email or password is not right",
                    "INVALID_CREDENTIALS", "r1", java.util.List.of()));
        });
        model.emailProperty().set("a@b.c");
        model.passwordProperty().set("wrong");
        model.signIn();
        assertThat(model.status().error()).isNotBlank();
        assertThat(model.status().retryableProperty().get()).isFalse();
    }

    @Test
    void cannotSignInWithEmptyFields() {
        LoginViewModel model = model(answering(Role.LECTURER));
        model.emailProperty().set("lecturer@smavs.com");

        assertThat(model.canSignInProperty().get()).isFalse();
        model.signIn();
        assertThat(signedIn).isEmpty();
    }

    @Test
    void typedAddressesGetASchemeAndLoseTrailingSlashes() {
        assertThat(LoginViewModel.normalise(" localhost:8000// ")).isEqualTo("http://localhost:8000");
        assertThat(LoginViewModel.normalise("https://smavs.edu/")).isEqualTo("https://smavs.edu");
    }
}
