package org.smavs.desktop.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smavs.desktop.testing.DesktopHarness.anyStatusContains;
import static org.smavs.desktop.testing.DesktopHarness.waitUntil;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.client.ApiClient;
import org.smavs.desktop.testing.DesktopHarness;
import org.smavs.desktop.testing.TestServer;
import org.smavs.model.auth.TotpSetup;
import org.smavs.server.config.OidcSettings;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The desktop's "Sign in with your university" against a real server and a real OpenID provider: the app's
 * loopback listener, PKCE and code exchange are the real ones; only the browser is played by an HTTP client
 * that follows the redirects (SMAVS → provider → SMAVS → the app). Also the second-factor prompt.
 */
@ExtendWith(ApplicationExtension.class)
class UniversitySignInUiTest {
    private static MockOAuth2Server provider;
    private static TestServer server;
    @TempDir static Path configDir;
    private DesktopHarness harness;

    @BeforeAll
    static void startServers() {
        provider = new MockOAuth2Server();
        provider.start();
        server = TestServer.startWithSingleSignOn(new OidcSettings(provider.issuerUrl("uni").toString(),
                "smavs-desktop", "desktop-secret", List.of(), false, List.of(), "Test University"));
    }

    @AfterAll
    static void stopServers() {
        server.close();
        provider.shutdown();
    }

    @Start
    void start(Stage stage) {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.ALWAYS).build();
        harness = new DesktopHarness(server.baseUrl(), configDir, uri -> browser.sendAsync(
                HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString()));
        harness.start(stage);
    }

    @AfterEach
    void stopApp(FxRobot robot) {
        harness.stop(robot);
    }

    @Test
    void aLecturerSignsInWithTheUniversityButton(FxRobot robot) {
        waitUntil(() -> robot.lookup("#universityButton").queryAs(Button.class).isVisible());
        assertThat(robot.lookup("#universityButton").queryAs(Button.class).getText())
                .isEqualTo("Sign in with Test University");
        provider.enqueueCallback(new DefaultOAuth2TokenCallback("uni", "lecturer-sub", "JWT", null,
                Map.of("email", TestServer.LECTURER, "email_verified", true), 3600));

        robot.clickOn("#universityButton");

        waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent());
        assertThat(DesktopHarness.textOf(robot, "#userLabel")).isEqualTo("Lena Lecturer · Lecturer");
    }

    @Test
    void anAccountWithASecondFactorIsAskedForItsCode(FxRobot robot) throws Exception {
        ApiClient admin = new ApiClient(server.baseUrl());
        admin.auth().login(TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
        TotpSetup setup = admin.auth().setUpTotp();
        long step = System.currentTimeMillis() / 1000 / 30;
        DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
        admin.auth().enableTotp(codes.generate(setup.secret(), step));
        try {
            DesktopHarness.signIn(robot, TestServer.ADMIN, TestServer.ADMIN_PASSWORD);
            waitUntil(() -> anyStatusContains(robot, "Enter the 6-digit code"));
            assertThat(robot.lookup("#codeField").queryAs(TextInputControl.class).isVisible()).isTrue();

            String fresh = codes.generate(setup.secret(), step + 1); // the next step: the first one is spent
            robot.interact(() -> robot.lookup("#codeField").queryAs(TextInputControl.class).setText(fresh));
            robot.clickOn("#signInButton");
            waitUntil(() -> robot.lookup("#mainTabs").tryQuery().isPresent()
                    || anyStatusContains(robot, "That code is not right"));
            assertThat(robot.lookup("#mainTabs").tryQuery()).isPresent();
        } finally {
            admin.auth().disableTotp(TestServer.ADMIN_PASSWORD);
        }
    }

    @Test
    void aLecturerSwitchesOnTwoStepSignInFromTheDesktop(FxRobot robot) throws Exception {
        DesktopHarness.signInAndWait(robot, TestServer.LECTURER, TestServer.LECTURER_PASSWORD);
        robot.clickOn("#twoStepButton");
        waitUntil(() -> robot.lookup("#totpSecret").tryQuery().isPresent());
        String secret = robot.lookup("#totpSecret").queryAs(TextInputControl.class).getText();
        String code = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret,
                System.currentTimeMillis() / 1000 / 30);
        robot.interact(() -> robot.lookup("#totpCode").queryAs(TextInputControl.class).setText(code));
        robot.clickOn("#enableTotpOk");

        waitUntil(() -> robot.lookup("#recoveryCodes").tryQuery().isPresent());
        String shown = robot.lookup("#recoveryCodes").queryAs(TextInputControl.class).getText();
        assertThat(shown.lines().filter(line -> line.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"))).hasSize(10);
        ApiClient lecturer = new ApiClient(server.baseUrl());
        String spare = shown.lines().filter(line -> line.matches("[A-Z0-9]{4}-[A-Z0-9]{4}")).findFirst().orElseThrow();
        lecturer.auth().login(TestServer.LECTURER, TestServer.LECTURER_PASSWORD, spare);
        assertThat(lecturer.auth().me().totpEnabled()).isTrue();
        lecturer.auth().disableTotp(TestServer.LECTURER_PASSWORD);
    }
}
