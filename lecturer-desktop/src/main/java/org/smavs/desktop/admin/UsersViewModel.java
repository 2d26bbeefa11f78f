package org.smavs.desktop.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.SearchText;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.CreateUserRequest;
import java.time.Duration;
import org.smavs.model.admin.ImportJob;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

/** User administration: search, create, (de)activate, change role, CSV import. */
public final class UsersViewModel {
    private static final Duration IMPORT_POLL = Duration.ofMillis(500);
    static final String IMPORT_COLUMNS = "Columns: email, full_name, student_number, course_code (enrols the student), "
            + "password (else none: the student signs in with a PIN at the kiosk or resets it), pin (4 to 8 digits, for "
            + "the kiosk).";
    static final String IMPORT_EXAMPLE = """
            email,full_name,student_number,course_code,password,pin
            ada.lovelace@uni.example,Ada Lovelace,S1001,CS101,,4711
            alan.turing@uni.example,Alan Turing,S1002,CS101,,
            grace.hopper@uni.example,Grace Hopper,S1003,,,2024
            """;
    private final AdminBackend backend;
    private final CallStatus status;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final FilteredList<User> visible = new FilteredList<>(users);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> lastImport = new SimpleObjectProperty<>();
    /** The import running on the server, with its progress; null when none runs. */
    private final ObjectProperty<ImportJob> runningImport = new SimpleObjectProperty<>();
    private final UiExecutor executor;

    public UsersViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.executor = executor;
        this.status = new CallStatus(executor);
        visible.predicateProperty().bind(Bindings.createObjectBinding(() -> user -> matches(user, search.get()), search));
    }

    public void load() {
        status.load("load the users", backend::users, users::setAll);
    }

    public void create(CreateUserRequest request) {
        status.change("create the user", () -> backend.createUser(request), created -> {
            users.add(created);
            selected.set(created);
            status.inform("Created " + created.email() + " as " + created.role().wire() + ".");
        });
    }

    public void setActive(boolean active) {
        update(active ? "re-activate the user" : "deactivate the user",
                new UpdateUserRequest(active, null, null, null, null), active ? "re-activated" : "deactivated");
    }

    public void changeRole(Role role) {
        update("change the role", new UpdateUserRequest(null, role, null, null, null), "is now " + role.wire());
    }

    /** Sets the selected student's kiosk PIN (for check-ins at the kiosk without a phone). */
    public void setPin(String pin) {
        update("set the kiosk PIN", new UpdateUserRequest(null, null, null, null, pin), "has a new kiosk PIN");
    }

    /** SSO-only: password sign-in refused (the server refuses when it offers no single sign-on). */
    public void setSingleSignOnOnly(boolean ssoOnly) {
        update(ssoOnly ? "make the account SSO-only" : "allow password sign-in",
                new UpdateUserRequest(null, null, null, null, null, ssoOnly),
                ssoOnly ? "signs in through single sign-on only (signed out everywhere)" : "may sign in with a password again");
    }

    /** Removes the selected user's second factor (lost phone and recovery codes). */
    public void resetSecondFactor() {
        User target = selected.get();
        if (target == null) {
            return;
        }
        status.change("remove the second factor", () -> {
            backend.resetTotp(target.id());
            return backend.users().stream().filter(user -> user.id() == target.id()).findFirst().orElse(target);
        }, changed -> {
            users.replaceAll(user -> user.id() == changed.id() ? changed : user);
            selected.set(changed);
            status.inform(changed.email() + " signs in with the password alone until they set up a new authenticator.");
        });
    }

    /** Mails the selected user a link to set a (first) password. */
    public void sendPasswordLink() {
        User target = selected.get();
        if (target == null) {
            return;
        }
        status.change("send the password link", () -> {
            backend.sendPasswordResetLink(target.id());
            return target;
        }, user -> status.inform("A link to set a password was mailed to " + user.email()
                + " (it works once, for 30 minutes)."));
    }

    private void update(String action, UpdateUserRequest request, String outcome) {
        User target = selected.get();
        if (target == null) {
            return;
        }
        status.change(action, () -> backend.updateUser(target.id(), request), changed -> {
            users.replaceAll(user -> user.id() == changed.id() ? changed : user);
            selected.set(changed);
            status.inform(changed.email() + " " + outcome + ".");
        });
    }

    /**
     * Reads the file off the UI thread and starts the import on the server, which runs it in the background; the
     * job is then polled for progress until it ends, and its per-line report is kept for the view to show.
     */
    public void importCsv(Path file) {
        status.change("import " + file.getFileName(), () -> backend.startImport(
                Files.readString(file, StandardCharsets.UTF_8)), this::follow);
    }

    private void follow(ImportJob job) {
        if (!job.finished()) {
            runningImport.set(job);
            executor.schedule(IMPORT_POLL, () -> status.load("follow the import", () -> backend.importJob(job.id()),
                    this::follow));
            return;
        }
        runningImport.set(null);
        load(); // first: starting a call clears the status line, which must show the outcome below
        if (ImportJob.DONE.equals(job.status())) {
            lastImport.set(job.result());
            status.inform(summary(job.result()));
        } else {
            status.fail(job.error() == null ? "The import stopped." : job.error());
        }
    }

    /** "Importing students: 40 of 120 lines" for a running job. */
    static String progressText(ImportJob job) {
        return "Importing students: " + job.processedLines() + " of " + job.totalLines() + " lines";
    }

    static double progressOf(ImportJob job) {
        return job.totalLines() == 0 ? 0 : (double) job.processedLines() / job.totalLines();
    }

    public ReadOnlyObjectProperty<ImportJob> runningImportProperty() {
        return runningImport;
    }

    static String summary(ImportResult result) {
        return "Import: " + result.created() + " created, " + result.enrolled() + " enrolled, " + result.skipped()
                + " skipped" + (result.errors().isEmpty() ? "" : ", " + result.errors().size() + " lines with errors")
                + (result.conflicts().isEmpty() ? "." : ", " + result.conflicts().size()
                + " student numbers taken back from self-registered accounts (see the audit log).");
    }

    /** Accents, case and punctuation ignored (see {@link SearchText}); a role must be typed whole. */
    static boolean matches(User user, String text) {
        return text == null || text.isBlank() || user.role().wire().equals(text.strip().toLowerCase(Locale.ROOT))
                || SearchText.matches(text, user.email(), user.fullName(), user.studentNumber());
    }

    public CallStatus status() { return status; }
    public ObservableList<User> visibleUsers() { return visible; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<User> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<ImportResult> lastImportProperty() { return lastImport; }
}
