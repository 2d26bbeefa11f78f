package org.smavs.desktop.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

class SessionsViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private SessionsViewModel model;

    @BeforeEach
    void setUp() {
        backend.sessions.add(Fixtures.session(1, "Algorithms lecture", SessionStatus.ACTIVE));
        backend.sessions.add(Fixtures.session(2, "Databases lab", SessionStatus.CLOSED, Fixtures.NOW.minusDays(1)));
        model = new SessionsViewModel(backend, new DirectUiExecutor());
        model.load();
    }

    @Test
    void aCoursesUsualRoomIsTheRoomOfItsLatestSessionWithOne() {
        Session older = Fixtures.session(3, "Old", SessionStatus.CLOSED, Fixtures.NOW.minusDays(7));
        Session newer = Fixtures.session(4, "New", SessionStatus.CLOSED, Fixtures.NOW.minusDays(1));
        backend.sessions.add(inRoom(older, 5L, 11L));
        backend.sessions.add(inRoom(newer, 5L, 12L));
        backend.sessions.add(inRoom(Fixtures.session(6, "No room", SessionStatus.ACTIVE), 5L, null));
        model.load();
        assertThat(model.usualRoomOf(5L)).isEqualTo(12L);
        assertThat(model.usualRoomOf(99L)).isNull();
    }

    @Test
    void archivedCoursesTakeNoNewSessionsButStayForExports() {
        backend.courseList.add(new org.smavs.model.admin.Course(2, "CS100", "Last year", 7L, 0,
                org.smavs.model.admin.UnenrolledCheckIns.FLAG, true, null, java.util.List.of()));
        model.load();
        assertThat(model.courses()).hasSize(2);
        assertThat(model.openCourses()).extracting(org.smavs.model.admin.Course::code).containsExactly("CS101");
    }

    private static Session inRoom(Session s, Long courseId, Long roomId) {
        return new Session(s.id(), s.title(), courseId, s.lecturerId(), s.code(), s.status(), s.startsAt(), s.endsAt(),
                s.latitude(), s.longitude(), s.radiusM(), s.requireFace(), roomId, 0, 0);
    }

    @Test
    void filtersByStatusAndText() {
        assertThat(model.visibleSessions()).hasSize(2);
        model.statusFilterProperty().set("closed");
        assertThat(model.visibleSessions()).extracting(Session::id).containsExactly(2L);
        model.statusFilterProperty().set(SessionsViewModel.ANY_STATUS);
        model.filterTextProperty().set("algo");
        assertThat(model.visibleSessions()).extracting(Session::id).containsExactly(1L);
        model.filterTextProperty().set("code2");
        assertThat(model.visibleSessions()).extracting(Session::id).containsExactly(2L);
    }

    @Test
    void aNewSessionIsListedFirstAndSelectedWithItsCode() {
        model.create(CreateSessionRequest.simple("Week 6", 60), created -> { });

        assertThat(model.allSessions().get(0).title()).isEqualTo("Week 6");
        assertThat(model.selectedProperty().get().title()).isEqualTo("Week 6");
        assertThat(model.status().infoProperty().get()).contains("Code: CODE3");
    }

    @Test
    void onlyASessionThatHasNotStartedCanBeCancelled() {
        backend.sessions.add(Fixtures.session(3, "Tutorial next week", SessionStatus.SCHEDULED));
        model.load();
        Session running = model.allSessions().stream().filter(s -> s.id() == 1).findFirst().orElseThrow();
        model.selectedProperty().set(running);
        assertThat(model.selectedIsScheduled().get()).isFalse();
        Session later = model.allSessions().stream().filter(s -> s.id() == 3).findFirst().orElseThrow();
        model.selectedProperty().set(later);
        assertThat(model.selectedIsScheduled().get()).isTrue();

        model.cancelSelected();

        assertThat(backend.calls).contains("cancel 3");
        assertThat(model.selectedProperty().get().status()).isEqualTo(SessionStatus.CANCELLED);
        assertThat(model.selectedIsScheduled().get()).isFalse();
        assertThat(model.status().infoProperty().get()).contains("is cancelled");
    }

    @Test
    void closingReplacesTheRowAndDisablesFurtherActions() {
        model.selectedProperty().set(model.allSessions().get(0));
        assertThat(model.selectedIsOpen().get()).isTrue();

        model.closeSelected();

        assertThat(backend.calls).contains("close 1");
        assertThat(model.allSessions().get(0).status()).isEqualTo(SessionStatus.CLOSED);
        assertThat(model.selectedIsOpen().get()).isFalse();
    }

    @Test
    void aFailedCloseKeepsTheSessionAndSaysWhy() {
        model.selectedProperty().set(model.allSessions().get(0));
        backend.failWith(422, "Session already closed");

        model.closeSelected();

        assertThat(model.allSessions().get(0).status()).isEqualTo(SessionStatus.ACTIVE);
        assertThat(model.status().error()).isEqualTo("Could not close the session. Session already closed.");
        assertThat(model.status().retryableProperty().get()).isFalse();
    }
}
