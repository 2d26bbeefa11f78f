package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.LiveEvent;
import org.smavs.model.attendance.ManualMarkRequest;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStudent;
import org.smavs.model.session.SessionStatus;

class RosterViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private final HandFeed feed = new HandFeed();
    private final DirectUiExecutor executor = new DirectUiExecutor();
    private final Session session = Fixtures.session(1, "Algorithms", SessionStatus.ACTIVE);
    private RosterViewModel model;

    @BeforeEach
    void setUp() {
        backend.sessions.add(session);
        backend.records.put(1L, List.of(Fixtures.record(1, 1, AttendanceStatus.PRESENT, 0)));
        model = new RosterViewModel(session, backend, feed, executor);
        model.start();
    }

    @Test
    void theSnapshotIsLoadedOnceTheFeedIsLive() {
        assertThat(model.records()).isEmpty();
        feed.listener.onStateChanged(LiveFeed.State.LIVE, "live");
        assertThat(model.records()).extracting(AttendanceRecord::id).containsExactly(1L);
        assertThat(model.connectionProperty().get()).isEqualTo("live");
    }

    @Test
    void pushedCheckInsAppearNewestFirstAndUpdatesReplaceTheRow() {
        feed.listener.onStateChanged(LiveFeed.State.LIVE, "live");
        feed.listener.onEvent(new LiveEvent("flag", Fixtures.record(2, 1, AttendanceStatus.FLAGGED, 70,
                ReasonCode.OUTSIDE_GEOFENCE), null));
        assertThat(model.records()).extracting(AttendanceRecord::id).containsExactly(2L, 1L);
        assertThat(model.flaggedCount().get()).isEqualTo(1);

        feed.listener.onEvent(new LiveEvent("record", Fixtures.record(2, 1, AttendanceStatus.PRESENT, 0), null));

        assertThat(model.records()).hasSize(2);
        assertThat(model.presentCount().get()).isEqualTo(2);
        assertThat(model.flaggedCount().get()).isZero();
    }

    @Test
    void aReconnectFetchesTheSnapshotAgainSoMissedCheckInsShowUp() {
        feed.listener.onStateChanged(LiveFeed.State.LIVE, "live");
        feed.listener.onStateChanged(LiveFeed.State.RECONNECTING, "connection lost, retrying in 2 s");
        backend.records.put(1L, List.of(Fixtures.record(1, 1, AttendanceStatus.PRESENT, 0),
                Fixtures.record(3, 1, AttendanceStatus.PRESENT, 0)));
        feed.listener.onStateChanged(LiveFeed.State.LIVE, "live");
        assertThat(model.records()).extracting(AttendanceRecord::id).containsExactlyInAnyOrder(1L, 3L);
    }

    @Test
    void namelessPushesAreNamedByOneRosterFetchShortlyAfter() {
        feed.listener.onStateChanged(LiveFeed.State.LIVE, "live");
        AttendanceRecord named = Fixtures.record(7, 1, AttendanceStatus.PRESENT, 0);
        AttendanceRecord nameless = new AttendanceRecord(7, 1, 107, AttendanceStatus.PRESENT, List.of(), 0, null, null,
                null, null, named.source(), named.submittedAt(), null, null, null, null, null);
        feed.listener.onEvent(new LiveEvent("record", nameless, null));
        feed.listener.onEvent(new LiveEvent("record", nameless, null));
        assertThat(executor.scheduledDelays()).containsExactly(RosterViewModel.NAME_LOOKUP_DELAY);

        backend.records.put(1L, List.of(named));
        executor.runScheduled();

        assertThat(model.records()).filteredOn(r -> r.id() == 7).extracting(AttendanceRecord::studentName)
                .containsExactly("Student 7");
        feed.listener.onEvent(new LiveEvent("record", nameless, null));
        assertThat(model.records()).filteredOn(r -> r.id() == 7).extracting(AttendanceRecord::studentName)
                .containsExactly("Student 7");
    }

    @Test
    void sessionEventsUpdateTheHeader() {
        feed.listener.onEvent(new LiveEvent("session", null, Fixtures.withStatus(session, SessionStatus.CLOSED)));
        assertThat(model.session().status()).isEqualTo(SessionStatus.CLOSED);
    }

    @Test
    void manualMarksJoinTheRoster() {
        model.markManually(new ManualMarkRequest(5L, AttendanceStatus.EXCUSED, "doctor's note"));
        assertThat(model.records()).extracting(AttendanceRecord::status).containsExactly(AttendanceStatus.EXCUSED);
    }

    @Test
    void thePickerGetsTheSessionsStudentsFromTheServer() {
        backend.students.add(new SessionStudent(4, "Sam Student", "S1001", null));
        java.util.List<SessionStudent> loaded = new java.util.ArrayList<>();
        model.loadStudents(loaded::addAll);
        assertThat(backend.calls).contains("students " + session.id());
        assertThat(loaded).extracting(SessionStudent::fullName).containsExactly("Sam Student");
    }

    @Test
    void stoppingClosesTheFeed() {
        model.stop();
        assertThat(feed.closed).isTrue();
    }

    /** A feed the test drives by hand. */
    static final class HandFeed implements LiveFeed {
        LiveFeed.Listener listener;
        boolean closed;
        final List<Long> connected = new ArrayList<>();

        @Override
        public Connection connect(long sessionId, Listener listener) {
            this.listener = listener;
            connected.add(sessionId);
            return () -> closed = true;
        }
    }

    @Test
    void theRosterCountsAgainstTheClassAndNamesWhoIsMissing() {
        assertThat(RosterViewModel.presentText(8, 13)).isEqualTo("8 of 13 present");
        assertThat(RosterViewModel.presentText(3, 0)).isEqualTo("3 present");
        java.util.List<org.smavs.model.session.SessionStudent> missing = new java.util.ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            missing.add(new org.smavs.model.session.SessionStudent(i, "Student " + i, "S" + i, null));
        }
        assertThat(RosterViewModel.notCheckedInText(missing.subList(0, 2), 8))
                .isEqualTo("Not checked in (2): Student 1, Student 2");
        assertThat(RosterViewModel.notCheckedInText(missing, 8)).endsWith("Student 8 and 2 more");
        assertThat(RosterViewModel.notCheckedInText(java.util.List.of(), 8)).isEmpty();
    }
}
