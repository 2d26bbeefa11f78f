package org.smavs.kiosk.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.kiosk.shell.ConnectionState;
import org.smavs.kiosk.shell.StatusViewModel;
import org.smavs.kiosk.testing.DirectUiExecutor;
import org.smavs.kiosk.testing.FakeKioskServer;
import org.smavs.kiosk.testing.MutableClock;
import org.smavs.model.kiosk.KioskSession;
import org.smavs.model.session.QrToken;

class SessionViewModelTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T14:00:00Z"));
    private final FakeKioskServer server = new FakeKioskServer(clock);
    private final StatusViewModel status = new StatusViewModel();
    private final AtomicBoolean revoked = new AtomicBoolean();
    private static final long KIOSK_ID = 3;
    private static final long ROOM_ID = 7;

    @TempDir
    Path dataDir;
    private SessionViewModel model;

    @BeforeEach
    void startKiosk() {
        model = kioskStartedNow();
    }

    @Test
    void showsTheRunningSessionWithItsQrAndCode() {
        model.tick();

        assertThat(model.stateProperty().get()).isEqualTo(SessionState.ACTIVE);
        assertThat(model.courseNameProperty().get()).isEqualTo("CS201 Algorithms");
        assertThat(model.lecturerNameProperty().get()).isEqualTo("Dr Lee Lecturer");
        assertThat(model.timeLeftProperty().get()).isEqualTo("45 min left");
        assertThat(model.codeProperty().get()).isEqualTo("739214");
        assertThat(model.qrTokenProperty().get()).isEqualTo(server.currentQrToken());
        assertThat(model.activeSessionId()).contains(FakeKioskServer.SESSION_ID);
        assertThat(status.connectionProperty().get()).isEqualTo(ConnectionState.CONNECTED);
    }

    @Test
    void isIdleWhenNoSessionRunsInTheRoom() {
        server.setSessionRunning(false);
        model.tick();

        assertThat(model.stateProperty().get()).isEqualTo(SessionState.IDLE);
        assertThat(model.activeSessionId()).isEmpty();
    }

    @Test
    void picksUpTheNextQrTokenBeforeTheCurrentOneExpires() {
        model.tick();
        String first = model.qrTokenProperty().get();
        server.rotateQr();

        clock.advance(Duration.ofSeconds(4));
        model.tick();
        assertThat(model.qrTokenProperty().get()).as("polled too early").isEqualTo(first);

        clock.advance(Duration.ofSeconds(1)); // 5 s: the regular poll
        model.tick();
        assertThat(model.qrTokenProperty().get()).isEqualTo(server.currentQrToken()).isNotEqualTo(first);
    }

    @Test
    void pollsOneSecondBeforeTheQrExpiresWhenThatComesFirst() {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        KioskSession answer = new KioskSession(null, new QrToken("t", now.plusSeconds(3), 15, "1"), null, null, null, 0);

        assertThat(SessionViewModel.nextFetchAfter(answer, clock.instant()))
                .isEqualTo(clock.instant().plusSeconds(2));
    }

    @Test
    void offlineKeepsTheSessionForCheckInsButHidesTheStaleQr() {
        model.tick();
        server.setReachable(false);
        clock.advance(Duration.ofSeconds(6));
        model.tick();

        assertThat(status.connectionProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(model.stateProperty().get()).isEqualTo(SessionState.ACTIVE);
        assertThat(model.activeSessionId()).contains(FakeKioskServer.SESSION_ID);
        assertThat(model.qrTokenProperty().get()).isNull();
    }

    @Test
    void aRevokedKioskIsSentBackToEnrolment() {
        server.revoke();
        model.tick();

        assertThat(revoked).isTrue();
    }

    @Test
    void aKioskRestartedWhileOfflineCarriesOnWithTheLastAnnouncedSession() {
        model.tick();
        server.setReachable(false);
        clock.advance(Duration.ofMinutes(10));

        SessionViewModel restarted = kioskStartedNow();
        restarted.tick();

        assertThat(status.connectionProperty().get()).isEqualTo(ConnectionState.OFFLINE);
        assertThat(restarted.stateProperty().get()).isEqualTo(SessionState.ACTIVE);
        assertThat(restarted.activeSessionId()).as("offline check-ins go on").contains(FakeKioskServer.SESSION_ID);
        assertThat(restarted.codeProperty().get()).isEqualTo("739214");
        assertThat(restarted.qrTokenProperty().get()).as("no stale QR").isNull();
        assertThat(restarted.timeLeftProperty().get()).isEqualTo("35 min left");

        clock.advance(Duration.ofMinutes(36));
        restarted.tick();
        assertThat(restarted.stateProperty().get()).isEqualTo(SessionState.IDLE);
    }

    @Test
    void aRememberedSessionThatHasEndedOrWasClosedIsNotResumed() {
        model.tick();
        server.setReachable(false);
        clock.advance(Duration.ofMinutes(46));
        SessionViewModel afterTheEnd = kioskStartedNow();
        afterTheEnd.tick();
        assertThat(afterTheEnd.stateProperty().get()).isEqualTo(SessionState.IDLE);

        server.setReachable(true);
        server.setSessionRunning(false);
        afterTheEnd.refreshSoon();
        clock.advance(Duration.ofSeconds(6));
        afterTheEnd.tick();
        server.setReachable(false);
        clock.advance(Duration.ofMinutes(-45)); // even back inside the old window: the server said it is over
        SessionViewModel again = kioskStartedNow();
        again.tick();
        assertThat(again.stateProperty().get()).isEqualTo(SessionState.IDLE);
        assertThat(Files.exists(dataDir.resolve("last-session.json"))).isFalse();
    }

    @Test
    void aSessionRememberedForAnotherKioskOrRoomIsNotResumed() {
        model.tick();
        server.setReachable(false);
        for (LastSessionStore elsewhere : new LastSessionStore[] {
                new LastSessionStore(dataDir, KIOSK_ID + 1, ROOM_ID), new LastSessionStore(dataDir, KIOSK_ID, ROOM_ID + 1)}) {
            SessionViewModel reEnrolled = new SessionViewModel(server, new DirectUiExecutor(), clock, status,
                    "Room C202", () -> { }, elsewhere);
            reEnrolled.tick();
            assertThat(reEnrolled.stateProperty().get()).isEqualTo(SessionState.IDLE);
        }
    }

    @Test
    void anUnreadableRememberedSessionMeansIdle() throws Exception {
        Files.writeString(dataDir.resolve("last-session.json"), "{not json");
        server.setReachable(false);
        model.tick();

        assertThat(model.stateProperty().get()).isEqualTo(SessionState.IDLE);
    }

    private SessionViewModel kioskStartedNow() {
        return new SessionViewModel(server, new DirectUiExecutor(), clock, status, "Room B101",
                () -> revoked.set(true), new LastSessionStore(dataDir, KIOSK_ID, ROOM_ID));
    }

    @Test
    void theSessionEndsOnTimeEvenWithoutTheServer() {
        model.tick();
        server.setReachable(false);
        clock.advance(Duration.ofMinutes(46));
        model.tick();

        assertThat(model.stateProperty().get()).isEqualTo(SessionState.IDLE);
    }
}
