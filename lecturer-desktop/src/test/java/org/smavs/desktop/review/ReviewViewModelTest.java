package org.smavs.desktop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.attendance.AttendanceRecord;
import org.smavs.model.attendance.AttendanceStatus;
import org.smavs.model.attendance.ReasonCode;
import org.smavs.model.session.SessionStatus;

class ReviewViewModelTest {
    private final FakeBackend backend = new FakeBackend();
    private ReviewViewModel model;

    @BeforeEach
    void setUp() {
        backend.sessions.add(Fixtures.session(1, "Algorithms", SessionStatus.ACTIVE));
        backend.sessions.add(Fixtures.session(2, "Databases", SessionStatus.CLOSED));
        backend.records.put(1L, List.of(Fixtures.record(10, 1, AttendanceStatus.FLAGGED, 40, ReasonCode.LATE),
                Fixtures.record(11, 1, AttendanceStatus.PRESENT, 0)));
        backend.records.put(2L, List.of(Fixtures.record(20, 2, AttendanceStatus.FLAGGED, 90, ReasonCode.FACE_MISMATCH),
                Fixtures.record(21, 2, AttendanceStatus.FLAGGED, 60, ReasonCode.OUTSIDE_GEOFENCE)));
        backend.selfies.put(20L, new byte[] {1, 2, 3});
        backend.referencePhotos.put(120L, new byte[] {7, 8});
        model = new ReviewViewModel(backend, new DirectUiExecutor());
        model.load();
    }

    @Test
    void theQueueHoldsFlaggedRecordsOfAllSessionsRiskiestFirst() {
        assertThat(model.queue()).extracting(AttendanceRecord::id).containsExactly(20L, 21L, 10L);
        assertThat(model.selectedProperty().get().id()).isEqualTo(20L);
        assertThat(model.sessionTitle(2)).isEqualTo("Databases");
    }

    @Test
    void theSelfieIsShownAndAMissingOneSaysNoPhoto() {
        assertThat(model.selfieProperty().get()).containsExactly(1, 2, 3);
        assertThat(model.photoMessageProperty().get()).isNull();
        model.next();
        assertThat(model.selfieProperty().get()).isNull();
        assertThat(model.photoMessageProperty().get()).isEqualTo("No photo");
    }

    @Test
    void theEnrolledReferencePhotoIsShownBesideTheSelfieAndAMissingOneIsSaid() {
        assertThat(backend.calls).contains("reference 120");
        assertThat(model.referenceProperty().get()).containsExactly(7, 8);
        assertThat(model.referenceMessageProperty().get()).isNull();
        model.next();
        assertThat(backend.calls).contains("reference 121");
        assertThat(model.referenceProperty().get()).isNull();
        assertThat(model.referenceMessageProperty().get()).isEqualTo("No reference photo");
    }

    @Test
    void confirmingRemovesTheRecordAndMovesToTheNext() {
        model.noteProperty().set("seen in class");
        model.confirm();

        assertThat(backend.calls).contains("confirm 20 seen in class");
        assertThat(model.queue()).extracting(AttendanceRecord::id).containsExactly(21L, 10L);
        assertThat(model.selectedProperty().get().id()).isEqualTo(21L);
        assertThat(model.noteProperty().get()).isEmpty();
        assertThat(model.status().infoProperty().get()).contains("2 left");
    }

    @Test
    void rejectingNeedsANote() {
        model.reject();
        assertThat(model.status().error()).contains("Write a note");
        assertThat(backend.calls).noneMatch(call -> call.startsWith("reject"));

        model.noteProperty().set("different person");
        model.reject();
        assertThat(backend.calls).contains("reject 20 different person");
    }

    @Test
    void arrowsMoveWithinTheQueue() {
        model.next();
        model.next();
        model.next();
        assertThat(model.selectedProperty().get().id()).isEqualTo(10L);
        model.previous();
        assertThat(model.selectedProperty().get().id()).isEqualTo(21L);
    }
}
