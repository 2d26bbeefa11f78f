package org.smavs.desktop.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.model.excuse.Excuse;
import org.smavs.model.excuse.ExcuseStatus;

class ExcusesViewModelTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 9, 0, 0, 0, ZoneOffset.UTC);

    private static Excuse excuse(long id, boolean evidence) {
        return new Excuse(id, 7, 30 + id, "Ill with flu", evidence, ExcuseStatus.PENDING, null, null, null, AT,
                "Student " + id, "CS101 Week " + id);
    }

    @Test
    void aPdfIsOfferedForSavingAndApprovingMovesToTheNext() {
        FakeBackend backend = new FakeBackend();
        backend.excuseList.add(excuse(1, true));
        backend.excuseList.add(excuse(2, false));
        backend.evidence.put(1L, "%PDF-1.4 ... %%EOF".getBytes(StandardCharsets.ISO_8859_1));
        ExcusesViewModel model = new ExcusesViewModel(backend, new DirectUiExecutor());
        model.load();
        model.selectedProperty().set(model.excuses().get(0));
        assertThat(model.evidenceProperty().get().pdf()).isTrue();

        model.approve();
        assertThat(backend.calls).contains("decide 1 approve null");
        assertThat(model.excuses()).extracting(Excuse::id).containsExactly(2L);
        assertThat(model.selectedProperty().get().id()).isEqualTo(2L);
        assertThat(model.status().infoProperty().get()).contains("Student 1", "approved");
    }

    @Test
    void rejectingNeedsANoteTheStudentWillRead() {
        FakeBackend backend = new FakeBackend();
        backend.excuseList.add(excuse(3, false));
        ExcusesViewModel model = new ExcusesViewModel(backend, new DirectUiExecutor());
        model.load();
        model.selectedProperty().set(model.excuses().get(0));
        model.reject();
        assertThat(model.status().error()).contains("Write a note");
        assertThat(backend.calls).noneMatch(call -> call.startsWith("decide"));

        model.noteProperty().set("No evidence of illness");
        model.reject();
        assertThat(backend.calls).contains("decide 3 reject No evidence of illness");
        assertThat(model.excuses()).isEmpty();
    }
}
