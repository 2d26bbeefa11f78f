package org.smavs.desktop.course;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.smavs.desktop.shell.CallStatus;
import org.smavs.desktop.shell.UiExecutor;
import org.smavs.model.admin.Course;
import org.smavs.model.admin.CourseRole;
import org.smavs.model.admin.CourseStaffMember;
import org.smavs.model.admin.CreateCourseRequest;
import org.smavs.model.admin.Settings;
import org.smavs.model.admin.StaffAssignment;
import org.smavs.model.admin.UpdateCourseRequest;
import org.smavs.model.auth.Role;
import org.smavs.model.auth.User;

/**
 * The course list of the Courses tab and what is done to a course as a whole: create, edit, archive, staff. A
 * lecturer sees the courses they teach; an admin sees every course (archived ones behind "Show archived") and
 * changes them. The selected course's students and timetable have their own view models.
 */
public final class CoursesViewModel {
    /** One line of the staff table: the lead first, then the further lecturers and assistants. */
    public record StaffRow(long userId, String name, String part, boolean lead) {
    }

    private final CourseBackend backend;
    private final CallStatus status;
    private final User me;
    private final boolean admin;
    private final ObservableList<Course> courses = FXCollections.observableArrayList();
    private final FilteredList<Course> visible = new FilteredList<>(courses);
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<Course> selected = new SimpleObjectProperty<>();
    private final ObservableList<StaffRow> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Settings> settings = new SimpleObjectProperty<>();
    /** Every account, for the admin's pickers; empty for a lecturer (they cannot list accounts). */
    private final ObservableList<User> people = FXCollections.observableArrayList();

    public CoursesViewModel(CourseBackend backend, UiExecutor executor, User me, boolean admin) {
        this.backend = backend;
        this.status = new CallStatus(executor);
        this.me = me;
        this.admin = admin;
        visible.predicateProperty().bind(Bindings.createObjectBinding(
                () -> course -> showArchived.get() || !course.archived(), showArchived));
        selected.addListener((obs, old, now) -> staff.setAll(now == null ? List.of() : staffRows(now)));
    }

    public void load() {
        if (!admin) {
            status.load("load your courses", backend::courses, list -> show(list, List.of(), null));
            return;
        }
        status.load("load the courses", () -> new AdminLists(backend.allCourses(), backend.users(), backend.settings()),
                lists -> show(lists.courses(), lists.people(), lists.settings()));
    }

    private void show(List<Course> list, List<User> accounts, Settings rules) {
        people.setAll(accounts);
        settings.set(rules);
        Course keep = selected.get();
        courses.setAll(list.stream().sorted(Comparator.comparing(Course::code)).toList());
        // the first course is opened at once: most lecturers teach one or two
        selected.set(keep == null ? visible.stream().findFirst().orElse(null) : find(keep.id()).orElse(null));
        if (list.isEmpty()) {
            status.inform(admin ? "No courses yet: New course… adds one."
                    : "You teach no courses yet; an administrator adds you to a course's staff.");
        }
    }

    public void create(CreateCourseRequest request) {
        status.change("create the course", () -> backend.createCourse(request), created -> {
            courses.add(created);
            selected.set(created);
            status.inform("Course " + created.code() + " created.");
        });
    }

    /** Applies the edit form; nothing is sent when nothing changed. */
    public void edit(CourseForm form) {
        Course target = selected.get();
        if (target == null) {
            return;
        }
        UpdateCourseRequest change = form.changesFrom(target);
        if (change.equals(new UpdateCourseRequest(null, null, null, null, null, null, null))) {
            status.inform("Nothing changed.");
            return;
        }
        update("change the course", change, "saved");
    }

    public void setArchived(boolean archived) {
        update(archived ? "archive the course" : "unarchive the course",
                new UpdateCourseRequest(null, null, null, archived, null, null, null),
                archived ? "archived: kept with its history, no new sessions" : "back in use");
    }

    /** The staff list is replaced as a whole on the server, so the new list is the current one plus this person. */
    public void addStaff(long userId, CourseRole role) {
        Course target = selected.get();
        if (target == null) {
            return;
        }
        List<StaffAssignment> next = new ArrayList<>(assignments(target).stream()
                .filter(assignment -> assignment.userId() != userId).toList());
        next.add(new StaffAssignment(userId, role));
        update("change the staff", new UpdateCourseRequest(null, null, null, null, null, null, next),
                "has " + personName(userId) + " as " + CoursePart.label(role).toLowerCase(java.util.Locale.ROOT));
    }

    public void removeStaff(long userId) {
        Course target = selected.get();
        if (target == null) {
            return;
        }
        List<StaffAssignment> next = assignments(target).stream()
                .filter(assignment -> assignment.userId() != userId).toList();
        update("change the staff", new UpdateCourseRequest(null, null, null, null, null, null, next),
                "no longer has " + personName(userId) + " on its staff");
    }

    private void update(String action, UpdateCourseRequest change, String outcome) {
        Course target = selected.get();
        if (target == null) {
            return;
        }
        status.change(action, () -> backend.updateCourse(target.id(), change), changed -> {
            replace(changed);
            status.inform(changed.code() + " " + outcome + ".");
        });
    }

    /** Puts a changed course (e.g. a new enrolled count) in the list and keeps it selected. */
    public void replace(Course changed) {
        courses.replaceAll(course -> course.id() == changed.id() ? changed : course);
        selected.set(changed);
    }

    /** Lecturer accounts that can still join the selected course's staff. */
    public List<User> staffCandidates() {
        Course course = selected.get();
        return lecturers().stream().filter(user -> course == null || (!isLead(course, user.id())
                && course.staff().stream().noneMatch(member -> member.userId() == user.id()))).toList();
    }

    /** Accounts that may lead or teach a course, by name. */
    public List<User> lecturers() {
        return people.stream().filter(user -> user.role() == Role.LECTURER && user.isActive())
                .sorted(Comparator.comparing(User::fullName)).toList();
    }

    /** Students, for the enrol picker. */
    public List<User> students() {
        return people.stream().filter(user -> user.role() == Role.STUDENT && user.isActive()).toList();
    }

    /** The lead's name: from the accounts an admin sees, or the course's own staff list; "you" for oneself. */
    public String leadName(Course course) {
        if (course.lecturerId() == null) {
            return "–";
        }
        if (course.lecturerId() == me.id()) {
            return me.fullName() + " (you)";
        }
        return course.lecturerName() != null ? course.lecturerName() : personName(course.lecturerId());
    }

    private String personName(long userId) {
        return people.stream().filter(user -> user.id() == userId).map(User::fullName).findFirst()
                .or(() -> courses.stream().flatMap(course -> course.staff().stream())
                        .filter(member -> member.userId() == userId).map(CourseStaffMember::fullName).findFirst())
                // an older server names a course's lead only by id, and a lecturer cannot look accounts up
                .orElse("Lecturer #" + userId);
    }

    /** The last column: an admin cares whether a course is in use, a lecturer what they are in it. */
    public String stateText(Course course) {
        if (admin) {
            return course.archived() ? "archived" : "in use";
        }
        return partIn(course).label() + (course.archived() ? " · archived" : "");
    }

    public CoursePart partIn(Course course) {
        return CoursePart.of(course, me, admin);
    }

    private List<StaffRow> staffRows(Course course) {
        List<StaffRow> rows = new ArrayList<>();
        if (course.lecturerId() != null) {
            rows.add(new StaffRow(course.lecturerId(), leadName(course), CoursePart.LEAD.label(), true));
        }
        course.staff().forEach(member -> rows.add(new StaffRow(member.userId(), member.fullName(),
                CoursePart.label(member.role()), false)));
        return rows;
    }

    private static boolean isLead(Course course, long userId) {
        return course.lecturerId() != null && course.lecturerId() == userId;
    }

    private static List<StaffAssignment> assignments(Course course) {
        return course.staff().stream().map(member -> new StaffAssignment(member.userId(), member.role())).toList();
    }

    private Optional<Course> find(long id) {
        return courses.stream().filter(course -> course.id() == id).findFirst();
    }

    /** The institution's "late after" minutes, when known (admins read the settings). */
    public Integer institutionLateMinutes() {
        return settings.get() == null ? null : settings.get().lateAfterMinutes();
    }

    public boolean isAdmin() { return admin; }
    public CallStatus status() { return status; }
    public ObservableList<Course> visibleCourses() { return visible; }
    public BooleanProperty showArchivedProperty() { return showArchived; }
    public ObjectProperty<Course> selectedProperty() { return selected; }
    public ObservableList<StaffRow> staff() { return staff; }
    public ReadOnlyObjectProperty<Settings> settingsProperty() { return settings; }

    private record AdminLists(List<Course> courses, List<User> people, Settings settings) {
    }
}
