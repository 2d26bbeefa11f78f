package org.smavs.server.academic;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.smavs.client.ApiClient;
import org.smavs.model.admin.Course;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.auth.UpdateProfileRequest;
import org.smavs.model.auth.User;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.server.config.MailSettings;
import org.smavs.server.testing.MutableClock;
import org.smavs.server.testing.TestDatabase;
import org.smavs.server.testing.TestServer;

/**
 * Notification mails from the attendance data, through a real SMTP server (GreenMail) and an injected clock: a
 * student below the threshold is told once, and again only after climbing back and falling again; a lecturer gets
 * one digest a day of what waits for them; both respect the user's opt-out.
 */
abstract class NotificationMailTests {
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    /** A Monday at 08:30 UTC: after the digest hour in the default (UTC) time zone. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-07T08:30:00Z"));
    private TestServer server;
    private ApiClient admin;
    private ApiClient lecturer;
    private Course course;

    abstract TestDatabase.Kind kind();

    @BeforeEach
    void start() {
        server = TestServer.start(kind(), config -> config.withMail(new MailSettings("127.0.0.1",
                smtp.getSmtp().getPort(), null, null, "SMAVS <no-reply@uni.test>", "none",
                "https://attendance.uni.test", "Test University")), clock);
        admin = server.admin();
        lecturer = server.lecturer();
        course = lecturer.lecturer().courses().get(0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aStudentBelowTheThresholdIsToldOnceAndAgainAfterFallingAgain() throws Exception {
        ApiClient student = enrolled("Bea Below");
        ApiClient quiet = enrolled("Quinn Quiet");
        quiet.auth().updateMe(new UpdateProfileRequest(false));
        String email = student.auth().me().email();
        Session first = heldSession("Week 1");
        Session second = heldSession("Week 2");

        server.app().runMaintenanceNow();
        List<MimeMessage> notices = awaitMailsTo(email, 1);
        assertThat(notices.get(0).getSubject()).isEqualTo("Your attendance in " + course.code() + " is below 80 %");
        assertThat(GreenMailUtil.getBody(notices.get(0))).contains("0 of the 2 sessions", "Test University");
        server.app().runMaintenanceNow();
        assertNoMoreMailsTo(email, 1);
        assertNoMoreMailsTo(quiet.auth().me().email(), 0); // switched off

        long me = student.auth().me().id();
        for (Session held : List.of(first, second)) {
            lecturer.lecturer().markManually(held.id(), new ManualMarkRequest(me, AttendanceStatus.PRESENT,
                    "signed the paper list"));
        }
        server.app().runMaintenanceNow(); // back above: the notice is forgotten
        heldSession("Week 3");
        heldSession("Week 4"); // 2 of 4 = 50 %
        server.app().runMaintenanceNow();
        assertThat(awaitMailsTo(email, 2).get(1).getSubject()).contains("below 80 %");
    }

    @Test
    void aLecturerGetsOneDigestADayOfWhatWaits() throws Exception {
        String lecturerEmail = lecturer.auth().me().email();
        ApiClient student = enrolled("Ezra Excused");
        Session missed = heldSession("Lab 1");
        student.student().submitExcuse(missed.id(), "Dentist", null, null);

        server.app().runMaintenanceNow();
        MimeMessage digest = awaitMailsTo(lecturerEmail, 1).get(0);
        assertThat(digest.getSubject()).contains("1 excuse");
        assertThat(GreenMailUtil.getBody(digest)).contains("1 excuse waits for your decision");
        server.app().runMaintenanceNow();
        assertNoMoreMailsTo(lecturerEmail, 1); // once a day

        clock.advance(Duration.ofDays(1));
        lecturer.auth().updateMe(new UpdateProfileRequest(false));
        server.app().runMaintenanceNow();
        assertNoMoreMailsTo(lecturerEmail, 1); // switched off
        clock.advance(Duration.ofDays(1));
        lecturer.auth().updateMe(new UpdateProfileRequest(true));
        server.app().runMaintenanceNow();
        assertThat(awaitMailsTo(lecturerEmail, 2)).hasSize(2);
    }

    private ApiClient enrolled(String name) {
        ApiClient student = server.newStudent(name);
        User me = student.auth().me();
        admin.admin().enrol(course.id(), List.of(me.id()));
        return student;
    }

    /** A session of the course that starts now and is closed at once: held, everyone without a record absent. */
    private Session heldSession(String title) {
        Session session = lecturer.lecturer().createSession(new CreateSessionRequest(title, course.id(), 60, null, null,
                null, null, false, null, null));
        clock.advance(Duration.ofMinutes(1));
        lecturer.lecturer().close(session.id());
        return session;
    }

    private List<MimeMessage> awaitMailsTo(String email, int count) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        List<MimeMessage> mails = mailsTo(email);
        while (mails.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
            mails = mailsTo(email);
        }
        assertThat(mails).as("mails to " + email).hasSize(count);
        return mails;
    }

    private void assertNoMoreMailsTo(String email, int expected) throws Exception {
        Thread.sleep(500); // the outbox sends in the background
        assertThat(mailsTo(email)).as("mails to " + email).hasSize(expected);
    }

    private static List<MimeMessage> mailsTo(String email) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return mail.getAllRecipients()[0].toString().equalsIgnoreCase(email);
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }
}
