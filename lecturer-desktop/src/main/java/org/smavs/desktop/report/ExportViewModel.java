package org.smavs.desktop.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.FileDialogs;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Course;
import org.smavs.model.session.Session;

/** Saves a session's, or a course's over a range of days, attendance as CSV or PDF where the user chooses. */
public final class ExportViewModel {
    public enum Format { CSV, PDF }

    private final ExportBackend backend;
    private final FileDialogs files;
    private final CallStatus status;
    private final ObjectProperty<Path> lastSaved = new SimpleObjectProperty<>();

    public ExportViewModel(ExportBackend backend, FileDialogs files, UiExecutor executor) {
        this.backend = backend;
        this.files = files;
        this.status = new CallStatus(executor);
    }

    public void export(Session session, Format format) {
        if (session == null) {
            return;
        }
        String extension = format.name().toLowerCase(Locale.ROOT);
        Optional<Path> target = files.chooseSaveTarget("Save attendance as " + format, suggestedName(session, extension),
                extension);
        if (target.isEmpty()) {
            return;
        }
        Path path = target.get();
        LongFunction<byte[]> download = format == Format.CSV ? backend::exportCsv : backend::exportPdf;
        status.load("export “" + session.title() + "”", () -> {
            byte[] content = download.apply(session.id());
            Files.write(path, content);
            return content.length;
        }, size -> {
            lastSaved.set(path);
            status.inform("Saved " + format + " (" + readableSize(size) + ") to " + path);
        });
    }

    /** Asks where to save, then downloads the course's sessions in the chosen range and writes them there. */
    public void exportCourse(CourseExportForm form) {
        if (form == null || form.problem() != null) {
            return;
        }
        Course course = form.course();
        String extension = form.format().name().toLowerCase(Locale.ROOT);
        Optional<Path> target = files.chooseSaveTarget("Save " + course.code() + " attendance as " + form.format(),
                "attendance-" + slug(course.code()) + "-" + form.from() + "-to-" + form.to() + "." + extension, extension);
        if (target.isEmpty()) {
            return;
        }
        Path path = target.get();
        status.load("export " + course.code() + " from " + form.from() + " to " + form.to(), () -> {
            byte[] content = backend.exportCourse(course.id(), form.from(), form.to(), form.format() == Format.PDF);
            Files.write(path, content);
            return content.length;
        }, size -> {
            lastSaved.set(path);
            status.inform("Saved " + course.code() + " " + form.format() + " (" + readableSize(size) + ") to " + path);
        });
    }

    /** e.g. "attendance-12-algorithms-week-5.csv": sortable, and safe on every file system. */
    static String suggestedName(Session session, String extension) {
        String slug = slug(session.title());
        return "attendance-" + session.id() + (slug.isEmpty() ? "" : "-" + slug) + "." + extension;
    }

    /** Lower case letters and digits joined by dashes, at most 40 characters: safe on every file system. */
    static String slug(String text) {
        String slug = text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return slug.length() > 40 ? slug.substring(0, 40) : slug;
    }

    static String readableSize(long bytes) {
        return bytes < 1024 ? bytes + " bytes" : (bytes + 512) / 1024 + " KB";
    }

    public CallStatus status() {
        return status;
    }

    public ReadOnlyObjectProperty<Path> lastSavedProperty() {
        return lastSaved;
    }
}
