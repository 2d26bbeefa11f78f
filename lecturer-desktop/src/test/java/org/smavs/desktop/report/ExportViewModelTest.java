package org.smavs.desktop.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smavs.desktop.testing.DirectUiExecutor;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.testing.FakeBackend;
import org.smavs.desktop.testing.Fixtures;
import org.smavs.model.admin.Course;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

class ExportViewModelTest {
    @TempDir Path dir;
    private final FakeBackend backend = new FakeBackend();
    private final Session session = Fixtures.session(12, "Algorithms: Week 5!", SessionStatus.CLOSED);

    private ExportViewModel model(Optional<Path> chosen, String[] suggested) {
        FileDialogs files = new FileDialogs() {
            @Override
            public Optional<Path> chooseSaveTarget(String title, String suggestedName, String extension) {
                suggested[0] = suggestedName;
                return chosen;
            }

            @Override
            public Optional<Path> chooseFileToOpen(String title, String extension) {
                return Optional.empty();
            }
        };
        return new ExportViewModel(backend, files, new DirectUiExecutor());
    }

    @Test
    void csvIsWrittenWhereTheUserChoseAndTheSizeIsReported() throws Exception {
        Path target = dir.resolve("out.csv");
        backend.csv = "student,status\nAda,present\n".getBytes();
        String[] suggested = new String[1];
        ExportViewModel model = model(Optional.of(target), suggested);

        model.export(session, ExportViewModel.Format.CSV);

        assertThat(Files.readString(target)).isEqualTo("student,status\nAda,present\n");
        assertThat(suggested[0]).isEqualTo("attendance-12-algorithms-week-5.csv");
        assertThat(model.status().infoProperty().get()).startsWith("Saved CSV (27 bytes) to");
        assertThat(model.lastSavedProperty().get()).isEqualTo(target);
    }

    @Test
    void aCourseRangeIsDownloadedAsOneFileNamedAfterTheCourseAndDays() throws Exception {
        Path target = dir.resolve("course.pdf");
        String[] suggested = new String[1];
        ExportViewModel model = model(Optional.of(target), suggested);
        Course course = new Course(3, "CS 101", "Algorithms", 7L, 30);

        model.exportCourse(new CourseExportForm(course, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 25),
                ExportViewModel.Format.PDF));

        assertThat(backend.calls).containsExactly("course 3 2026-11-01..2026-11-25 pdf");
        assertThat(suggested[0]).isEqualTo("attendance-cs-101-2026-11-01-to-2026-11-25.pdf");
        assertThat(Files.readString(target)).startsWith("%PDF");
        assertThat(model.status().infoProperty().get()).startsWith("Saved CS 101 PDF (8 bytes) to");
    }

    @Test
    void anInvalidCourseRangeIsNeitherAskedForNorSent() {
        String[] suggested = new String[1];
        ExportViewModel model = model(Optional.of(dir.resolve("x.csv")), suggested);
        model.exportCourse(new CourseExportForm(new Course(3, "CS101", "Algorithms", 7L, 30), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 1), ExportViewModel.Format.CSV));
        assertThat(suggested[0]).isNull();
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void cancellingTheDialogDownloadsNothing() {
        ExportViewModel model = model(Optional.empty(), new String[1]);
        model.export(session, ExportViewModel.Format.PDF);
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void aServerFailureLeavesNoFileAndOffersRetry() {
        Path target = dir.resolve("out.pdf");
        ExportViewModel model = model(Optional.of(target), new String[1]);
        backend.failWith(503, "down");

        model.export(session, ExportViewModel.Format.PDF);

        assertThat(target).doesNotExist();
        assertThat(model.status().error()).contains("server is having trouble");
        model.status().retry();
        assertThat(target).exists();
    }
}
