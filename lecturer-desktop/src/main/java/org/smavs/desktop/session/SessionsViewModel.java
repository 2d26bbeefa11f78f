package org.smavs.desktop.session;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.Room;
import org.smavs.model.session.CreateSessionRequest;
import org.smavs.model.session.Session;
import org.smavs.model.session.SessionStatus;

/** The caller's sessions: filter, create, close, expire, new code. */
public final class SessionsViewModel {
    /** "All" in the status filter. */
    public static final String ANY_STATUS = "all";

    private final SessionBackend backend;
    private final CallStatus status;
    private final ObservableList<Session> sessions = FXCollections.observableArrayList();
    private final FilteredList<Session> visible = new FilteredList<>(sessions);
    private final StringProperty filterText = new SimpleStringProperty("");
    private final StringProperty statusFilter = new SimpleStringProperty(ANY_STATUS);
    private final ObjectProperty<Session> selected = new SimpleObjectProperty<>();
    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final ObservableList<Room> rooms = FXCollections.observableArrayList();
    private final BooleanBinding selectedIsOpen;
    private final BooleanBinding selectedIsScheduled;

    public SessionsViewModel(SessionBackend backend, UiExecutor executor) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> session -> matches(session, filterText.get(), statusFilter.get()), filterText, statusFilter));
        selectedIsOpen = Bindings.createBooleanBinding(() -> selected.get() != null
                && (selected.get().status() == SessionStatus.ACTIVE || selected.get().status() == SessionStatus.SCHEDULED),
                selected);
        selectedIsScheduled = Bindings.createBooleanBinding(() -> selected.get() != null
                && selected.get().status() == SessionStatus.SCHEDULED, selected);
    }

    public void load() {
        status.load("load your sessions", () -> new Lists(backend.sessions(), backend.courses(), backend.rooms()),
                lists -> {
                    Session keep = selected.get();
                    sessions.setAll(lists.sessions().stream()
                            .sorted(Comparator.comparing(Session::startsAt, Comparator.nullsLast(Comparator.reverseOrder())))
                            .toList());
                    courses.setAll(lists.courses());
                    rooms.setAll(lists.rooms());
                    if (keep != null) {
                        sessions.stream().filter(s -> s.id() == keep.id()).findFirst().ifPresent(selected::set);
                    }
                });
    }

    public void create(CreateSessionRequest request, Consumer<Session> onCreated) {
        status.change("create the session", () -> backend.create(request), created -> {
            sessions.add(0, created);
            selected.set(created);
            status.inform("Session “" + created.title() + "” is open. Code: " + created.code());
            onCreated.accept(created);
        });
    }

    public void closeSelected() {
        changeSelected("close the session", backend::close, "closed");
    }

    public void expireSelected() {
        changeSelected("expire the session", backend::expire, "marked expired");
    }

    /** Cancels the selected session before it starts: no check-ins, never counted as held. */
    public void cancelSelected() {
        changeSelected("cancel the session", backend::cancel, "is cancelled");
    }

    public void regenerateSelected() {
        changeSelected("make a new session code", backend::regenerate, "has a new code");
    }

    private void changeSelected(String action, java.util.function.LongFunction<Session> call, String outcome) {
        Session target = selected.get();
        if (target == null) {
            return;
        }
        status.change(action, () -> call.apply(target.id()), changed -> {
            replace(changed);
            status.inform("“" + changed.title() + "” " + outcome + (outcome.contains("code") ? ": " + changed.code() : "."));
        });
    }

    /** Puts a newer copy of a session in place of the old one (also used when the roster learns of changes). */
    public void replace(Session changed) {
        for (int i = 0; i < sessions.size(); i++) {
            if (sessions.get(i).id() == changed.id()) {
                sessions.set(i, changed);
                break;
            }
        }
        selected.set(changed);
    }

    static boolean matches(Session session, String text, String statusName) {
        boolean statusOk = statusName == null || ANY_STATUS.equals(statusName)
                || session.status().wire().equals(statusName);
        if (!statusOk) {
            return false;
        }
        if (text == null || text.isBlank()) {
            return true;
        }
        String needle = text.strip().toLowerCase(Locale.ROOT);
        return contains(session.title(), needle) || contains(session.code(), needle);
    }

    private static boolean contains(String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** Status filter choices: "all" then each status in wire form. */
    public static List<String> statusChoices() {
        List<String> choices = new java.util.ArrayList<>(List.of(ANY_STATUS));
        for (SessionStatus value : SessionStatus.values()) {
            choices.add(value.wire());
        }
        return choices;
    }

    public CallStatus status() { return status; }
    public ObservableList<Session> visibleSessions() { return visible; }
    public ObservableList<Session> allSessions() { return sessions; }
    public StringProperty filterTextProperty() { return filterText; }
    public StringProperty statusFilterProperty() { return statusFilter; }
    public ObjectProperty<Session> selectedProperty() { return selected; }
    public BooleanBinding selectedIsOpen() { return selectedIsOpen; }
    public BooleanBinding selectedIsScheduled() { return selectedIsScheduled; }
    /** The room of the course's most recent session that had one, or null. */
    public Long usualRoomOf(long courseId) {
        return sessions.stream().filter(s -> s.courseId() != null && s.courseId() == courseId && s.roomId() != null)
                .max(java.util.Comparator.comparing(Session::startsAt)).map(Session::roomId).orElse(null);
    }

    /** Every course the lecturer teaches, archived ones too (a past year's export). */
    public ObservableList<Course> courses() { return courses; }

    /** The courses a new session can be held in: archived ones take no new sessions. */
    public List<Course> openCourses() {
        return courses.stream().filter(course -> !course.archived()).toList();
    }

    public ObservableList<Room> rooms() { return rooms; }

    private record Lists(List<Session> sessions, List<Course> courses, List<Room> rooms) {
    }
}
