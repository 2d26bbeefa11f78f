package org.smavs.server.academic;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smavs.client.ApiClient;
import org.smavs.model.admin.Course;
import org.smavs.model.excuse.Excuse;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.config.MailSettings;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/** The student hears of an excuse decision by mail (a real SMTP server), with the lecturer's note. */
class ExcuseMailIT {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(TestDatabase.Kind.H2, config -> config.withMail(new MailSettings("127.0.0.1",
                smtp.getSmtp().getPort(), null, null, "SMAVS <no-reply@uni.test>", "none", "https://attendance.uni.test",
                "Test University")), Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aRejectedExcuseIsMailedToTheStudentWithTheNote() throws Exception {
        ApiClient lecturer = server.lecturer();
        Course course = lecturer.lecturer().courses().get(0);
        ApiClient student = server.newStudent("Mia Mailed");
        long me = student.auth().me().id();
        server.admin().admin().enrol(course.id(), List.of(me));
        Session missed = lecturer.lecturer().createSession(new CreateSessionRequest("Seminar 3", course.id(), 60, null,
                null, null, null, false, null, null));
        Excuse sent = student.student().submitExcuse(missed.id(), "Train cancelled", null, null);

        lecturer.lecturer().decideExcuse(sent.id(), "reject", "Please come to office hours with the ticket");

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(student.auth().me().email());
        assertThat(mail.getSubject()).isEqualTo("Your excuse for Seminar 3 was not accepted");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Train cancelled", "Please come to office hours with the ticket", "Test University");
    }
}
