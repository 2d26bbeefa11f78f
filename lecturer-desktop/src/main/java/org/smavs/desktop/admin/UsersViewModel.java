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
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.CreateUserRequest;
import org.smavs.model.admin.ImportResult;
import org.smavs.model.admin.UpdateUserRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

/** User administration: search, create, (de)activate, change role, CSV import. */
public final class UsersViewModel {
    private final AdminBackend backend;
    private final CallStatus status;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final FilteredList<User> visible = new FilteredList<>(users);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<User> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportResult> lastImport = new SimpleObjectProperty<>();

    public UsersViewModel(AdminBackend backend, UiExecutor executor) {
        this.backend = backend;
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

    /** Reads the file off the UI thread, sends it, and keeps the per-line report for the view to show. */
    public void importCsv(Path file) {
        status.change("import " + file.getFileName(), () -> backend.importStudents(
                Files.readString(file, StandardCharsets.UTF_8)), result -> {
                    lastImport.set(result);
                    status.inform(summary(result));
                    load();
                });
    }

    static String summary(ImportResult result) {
        return "Import: " + result.created() + " created, " + result.enrolled() + " enrolled, " + result.skipped()
                + " skipped" + (result.errors().isEmpty() ? "" : ", " + result.errors().size() + " lines with errors")
                + (result.conflicts().isEmpty() ? "." : ", " + result.conflicts().size()
                + " student numbers taken back from self-registered accounts (see the audit log).");
    }

    static boolean matches(User user, String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(user.email(), needle) || contains(user.fullName(), needle)
                || contains(user.studentNumber(), needle) || user.role().wire().equals(needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    public CallStatus status() { return status; }
    public ObservableList<User> visibleUsers() { return visible; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<User> selectedProperty() { return selected; }
    public ReadOnlyObjectProperty<ImportResult> lastImportProperty() { return lastImport; }
}
