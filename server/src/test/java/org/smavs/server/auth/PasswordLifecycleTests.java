package org.smavs.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smavs.client.ApiClient;
import org.smavs.client.ApiException;
import org.smavs.model.ApiPaths;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.auth.TokenPair;
import org.smavs.server.config.MailSettings;
import org.smavs.server.testing.RawHttp;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * The password lifecycle over HTTP with a real SMTP server (GreenMail): forgotten password → mailed one-time
 * link → reset (API and the HTML page), change with other logins ended, an admin's invitation for an imported
 * student who never had a password, and no hint whether an address has an account.
 */
abstract class PasswordLifecycleTests {
    private static final Pattern LINK = Pattern.compile("/reset-password\\?token=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestServer server;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void start() {
        server = TestServer.start(kind(), config -> config.withMail(new MailSettings("127.0.0.1",
                smtp.getSmtp().getPort(), null, null, "SMAVS <no-reply@uni.test>", "none", "https://attendance.uni.test",
                "Test University")), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aForgottenPasswordIsResetThroughTheMailedLinkOnceAndEveryLoginEnds() throws Exception {
        TokenPair before = server.anonymous().auth().login("student@smavs.com", "student123");
        server.anonymous().auth().forgotPassword("student@smavs.com");
        server.anonymous().auth().forgotPassword("nobody-here@uni.test"); // same answer, no mail
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        MimeMessage[] mails = smtp.getReceivedMessages();
        assertThat(mails).hasSize(1);
        assertThat(mails[0].getAllRecipients()[0].toString()).isEqualTo("student@smavs.com");
        assertThat(mails[0].getSubject()).contains("Reset your SMAVS password", "Test University");
        String body = GreenMailUtil.getBody(mails[0]);
        assertThat(body).contains("https://attendance.uni.test/reset-password?token=");
        String token = token(body);

        RawHttp raw = new RawHttp(server.baseUrl());
        HttpResponse<String> page = raw.get(ApiPaths.RESET_PASSWORD_PAGE + "?token=" + token, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<form", "new_password");

        server.anonymous().auth().resetPassword(token, "a-brand-new-password-1");
        assertThatThrownBy(() -> server.anonymous().auth().resetPassword(token, "another-new-password-2"))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.getMessage()).contains("already used");
                });
        assertThatThrownBy(() -> server.anonymous().auth().login("student@smavs.com", "student123"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(server.anonymous().auth().login("student@smavs.com", "a-brand-new-password-1").accessToken())
                .isNotBlank();
        assertThatThrownBy(() -> server.anonymous().auth().refresh(before.refreshToken()))
                .as("the login from before the reset has ended")
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(raw.get(ApiPaths.AUTH_ME, "Bearer " + before.accessToken()).statusCode()).isEqualTo(401);
    }

    @Test
    void changingThePasswordKeepsThisLoginAndEndsTheOthers() {
        ApiClient here = server.signIn("lecturer@smavs.com", "lecturer123");
        TokenPair elsewhere = server.anonymous().auth().login("lecturer@smavs.com", "lecturer123");
        assertThatThrownBy(() -> here.auth().changePassword("not-my-password", "changed-password-123"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThatThrownBy(() -> here.auth().changePassword("lecturer123", "short"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(422));
        here.auth().changePassword("lecturer123", "changed-password-123");
        assertThat(here.auth().me().email()).isEqualTo("lecturer@smavs.com");
        assertThatThrownBy(() -> server.anonymous().auth().refresh(elsewhere.refreshToken()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(401));
        assertThat(server.anonymous().auth().login("lecturer@smavs.com", "changed-password-123").accessToken())
                .isNotBlank();
    }

    @Test
    void anImportedStudentIsInvitedToSetAFirstPasswordOnTheServersPage() throws Exception {
        ApiClient admin = server.admin();
        ImportResult imported = admin.admin().importStudents("email,full_name,student_number,password\n"
                + "invited@uni.test,Ivy Invited,INV1,\nhas.one@uni.test,Has Password,INV2,a-password-given-1\n");
        assertThat(imported.created()).isEqualTo(2);
        assertThat(imported.invited()).isEqualTo(1); // only the student without a password
        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("invited@uni.test");
        assertThat(mail.getSubject()).contains("Set your SMAVS password", "Test University");
        assertThat(GreenMailUtil.getBody(mail)).contains("within 7 days");
        String token = token(GreenMailUtil.getBody(mail));

        RawHttp raw = new RawHttp(server.baseUrl());
        String form = "token=" + token + "&new_password=" + URLEncoder.encode("ivys-first-password", StandardCharsets.UTF_8)
                + "&repeat=" + URLEncoder.encode("ivys-first-password", StandardCharsets.UTF_8);
        HttpResponse<String> answer = raw.send("POST", ApiPaths.RESET_PASSWORD_PAGE, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Your password is set");
        assertThat(server.anonymous().auth().login("invited@uni.test", "ivys-first-password").accessToken()).isNotBlank();
    }

    @Test
    void appsLearnHowPeopleSignInHere() {
        HttpResponse<String> providers = new RawHttp(server.baseUrl()).get(ApiPaths.AUTH_PROVIDERS, null);
        assertThat(providers.statusCode()).isEqualTo(200);
        assertThat(providers.body()).contains("\"password\":true", "\"password_reset\":true");
    }

    @Test
    void resetRequestsAreLimitedPerAddress() {
        int refused = 0;
        for (int i = 0; i < 8; i++) {
            try {
                server.anonymous().auth().forgotPassword("someone" + i + "@uni.test");
            } catch (ApiException e) {
                assertThat(e.status()).isEqualTo(429);
                refused++;
            }
        }
        assertThat(refused).isPositive();
    }

    private static String token(String mailBody) {
        Matcher link = LINK.matcher(mailBody.replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as(mailBody).isTrue();
        return link.group(1);
    }
}
